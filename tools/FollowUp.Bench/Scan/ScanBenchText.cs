using System.Globalization;

namespace FollowUp.Bench.Scan;

/// <summary>The benchmark report as a table for people; <c>--format json</c> prints the record itself.</summary>
public static class ScanBenchText
{
    /// <summary>The scan may take at most this many times the raw read of the same table.</summary>
    public const double ScanTimeTarget = 1.5;

    /// <summary>The ceiling for the process's peak working set at 100,000 commitments and 500 owners.</summary>
    public const long PeakMemoryTargetBytes = 300L * 1024 * 1024;

    public static async Task WriteAsync(TextWriter output, ScanBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        await output.WriteLineAsync(Invariant(
            $"FollowUp.Bench scan: {s.Commitments} commitments ({report.Open} open), {s.Owners} owners, due fraction {s.DueFraction:0.###}, at {s.AsOf:yyyy-MM-ddTHH:mm:ssZ}")).ConfigureAwait(false);
        await output.WriteLineAsync($"tables {report.TablePrefix}* ({(s.Reuse is null ? "" : "reused, ")}{(s.Keep ? "kept" : "deleted")}); {report.Machine}").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"phase",-15}{"seconds",10}{"items",10}{"items/s",10}{"requests",10}{"CPU s",8}{"alloc MB",10}{"start heap",12}{"peak heap",11}{"end heap",10}{"peak WS",9}").ConfigureAwait(false);
        foreach (var p in report.Phases)
        {
            await output.WriteLineAsync(Invariant(
                $"{p.Name,-15}{p.Seconds,10:0.00}{p.Items,10}{p.Items / p.Seconds,10:0}{p.Requests,10}{p.CpuSeconds,8:0.00}{Mb(p.AllocatedBytes),10:0}{Mb(p.StartHeapBytes),12:0}{Mb(p.PeakHeapBytes),11:0}{Mb(p.EndHeapBytes),10:0}{Mb(p.PeakWorkingSetBytes),9:0}")).ConfigureAwait(false);
        }

        if (report.Rounds.Count > 1)
        {
            await output.WriteLineAsync(Invariant($"(phases above: round {report.MedianRound}, the median of {report.Rounds.Count} by scan / raw read)")).ConfigureAwait(false);
            foreach (var round in report.Rounds)
            {
                var seconds = string.Join(", ", round.Phases.Select(p => Invariant($"{p.Name} {p.Seconds:0.00}")));
                await output.WriteLineAsync(Invariant($"round {round.Number}: {seconds}; scan / raw read {round.ScanToRawRead:0.00}x, / filtered read {round.ScanToFilteredRead:0.00}x")).ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync("(CPU s = this process's processor time, Azurite's excluded; memory columns in MB; start/end heap = live after a full GC; peak heap = sampled every 20 ms, garbage included; WS = process working set)").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(Invariant(
            $"scan / raw read{(report.Rounds.Count > 1 ? " (median round)" : "")}: {report.ScanToRawRead:0.00}x (dry run {report.DryRunToRawRead:0.00}x); target at most {ScanTimeTarget:0.0}x: {Verdict(report.ScanToRawRead <= ScanTimeTarget)}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant(
            $"scan / filtered read (the same rows, the same server-side filter): {report.ScanToFilteredRead:0.00}x")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant(
            $"emails: {report.Emails} to {report.DistinctRecipients} distinct owners; {report.ExpectedRecipients} owners have something due; {report.DueItems} nudges; dry run planned {report.PlannedDigests}")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant(
            $"peak working set {Mb(report.PeakWorkingSetBytes):0} MB (whole run); target at most {Mb(PeakMemoryTargetBytes):0} MB: {Verdict(report.PeakWorkingSetBytes <= PeakMemoryTargetBytes)}; heap after last GC {Mb(report.HeapSizeBytes):0} MB; allocated {Mb(report.TotalAllocatedBytes):0} MB in all")).ConfigureAwait(false);
        await output.WriteLineAsync(report.Problems.Count == 0 ? "invariants: OK" : "invariants: VIOLATED (see the errors)").ConfigureAwait(false);
    }

    public static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
