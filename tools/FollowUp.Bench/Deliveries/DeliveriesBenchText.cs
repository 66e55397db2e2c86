using System.Globalization;
using FollowUp.Bench.Scan;

namespace FollowUp.Bench.Deliveries;

/// <summary>The delivery-events benchmark's report for people; <c>--format json</c> prints the record itself.</summary>
public static class DeliveriesBenchText
{
    public static async Task WriteAsync(TextWriter output, DeliveriesBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        await output.WriteLineAsync(Invariant($"FollowUp.Bench deliveries: {s.Digests} digests, {s.Events} events in {report.Batches} batches of up to {s.BatchSize}, one digest in {s.BounceEvery} bounced, delivered {s.Lag} messages after processed")).ConfigureAwait(false);
        await output.WriteLineAsync($"tables {report.TablePrefix}* ({(s.Keep ? "kept" : "deleted")}); {report.Machine}").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"phase",-8}{"seconds",9}{"items",8}{"items/s",9}{"requests",10}{"req/item",10}{"CPU s",8}{"alloc MB",10}{"start heap",12}{"peak heap",11}{"end heap",10}{"peak WS",9}").ConfigureAwait(false);
        foreach (var p in report.Phases)
        {
            await output.WriteLineAsync(Invariant(
                $"{p.Name,-8}{p.Seconds,9:0.00}{p.Items,8}{p.Items / p.Seconds,9:0}{p.Requests,10}{(p.Items == 0 ? 0 : p.Requests / (double)p.Items),10:0.00}{p.CpuSeconds,8:0.00}{ScanBenchText.Mb(p.AllocatedBytes),10:0}{ScanBenchText.Mb(p.StartHeapBytes),12:0}{ScanBenchText.Mb(p.PeakHeapBytes),11:0}{ScanBenchText.Mb(p.EndHeapBytes),10:0}{ScanBenchText.Mb(p.PeakWorkingSetBytes),9:0}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("(seed = claim, settle; events = signature check, parse, record, one batch at a time; read = the ledger read back; requests = Table Storage requests; memory in MB; peak heap sampled every 20 ms, garbage included; WS = process working set)").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        var states = string.Join(", ", report.StatesByDigest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Invariant($"{p.Key} {p.Value}")));
        await output.WriteLineAsync(Invariant($"events: {report.EventsPerSecond:0} a second, {report.RequestsPerEvent:0.00} storage requests each; {report.Matched} matched, {report.Unmatched} unmatched; digests read back: {states}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"peak working set {ScanBenchText.Mb(report.PeakWorkingSetBytes):0} MB (whole run, seeding included)")).ConfigureAwait(false);
        await output.WriteLineAsync(report.Problems.Count == 0 ? "invariants: OK" : "invariants: VIOLATED (see the errors)").ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
