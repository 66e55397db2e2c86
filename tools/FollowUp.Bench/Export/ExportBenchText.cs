using System.Globalization;
using FollowUp.Bench.Scan;

namespace FollowUp.Bench.Export;

/// <summary>The export benchmark's report for people; <c>--format json</c> prints the record itself.</summary>
public static class ExportBenchText
{
    public static async Task WriteAsync(TextWriter output, ExportBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        await output.WriteLineAsync(Invariant($"FollowUp.Bench export: {s.Commitments} commitments with {s.History} history rows each, {s.Owners} owners")).ConfigureAwait(false);
        await output.WriteLineAsync($"tables {report.TablePrefix}* ({(s.Reuse is null ? "" : "reused, ")}{(s.Keep ? "kept" : "deleted")}) to {report.Destination}; {report.Machine}").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"phase",-8}{"seconds",10}{"rows",10}{"rows/s",10}{"requests",10}{"CPU s",8}{"alloc MB",10}{"start heap",12}{"peak heap",11}{"end heap",10}{"peak WS",9}").ConfigureAwait(false);
        foreach (var p in report.Phases)
        {
            await output.WriteLineAsync(Invariant(
                $"{p.Name,-8}{p.Seconds,10:0.00}{p.Items,10}{p.Items / p.Seconds,10:0}{p.Requests,10}{p.CpuSeconds,8:0.00}{ScanBenchText.Mb(p.AllocatedBytes),10:0}{ScanBenchText.Mb(p.StartHeapBytes),12:0}{ScanBenchText.Mb(p.PeakHeapBytes),11:0}{ScanBenchText.Mb(p.EndHeapBytes),10:0}{ScanBenchText.Mb(p.PeakWorkingSetBytes),9:0}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("(requests = Table Storage requests; memory columns in MB; start/end heap = live after a full GC; peak heap = sampled every 20 ms, garbage included; WS = process working set)").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        var tables = string.Join(", ", report.RowsByTable.Select(t => Invariant($"{t.Key} {t.Value}")));
        await output.WriteLineAsync(Invariant($"export: {report.Rows} rows ({tables}), {report.Bytes} bytes ({ScanBenchText.Mb(report.Bytes):0.0} MB, {(report.Rows == 0 ? 0 : report.Bytes / (double)report.Rows):0} bytes a row)")).ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"peak working set {ScanBenchText.Mb(report.PeakWorkingSetBytes):0} MB (whole run, seeding included)")).ConfigureAwait(false);
        await output.WriteLineAsync(report.Problems.Count == 0 ? "invariants: OK" : "invariants: VIOLATED (see the errors)").ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
