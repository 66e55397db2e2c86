using System.Globalization;
using FollowUp.Bench.Scan;

namespace FollowUp.Bench.Report;

/// <summary>The report benchmark's report for people; <c>--format json</c> prints the record itself.</summary>
public static class ReportBenchText
{
    public static async Task WriteAsync(TextWriter output, ReportBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        await output.WriteLineAsync(Invariant($"FollowUp.Bench report: {s.Commitments} commitments with {s.History} history rows each, {s.Owners} owners")).ConfigureAwait(false);
        await output.WriteLineAsync($"tables {report.TablePrefix}* ({(s.Keep ? "kept" : "deleted")}); {report.Machine}").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"phase",-9}{"seconds",9}{"rows",8}{"requests",10}{"CPU s",8}{"alloc MB",10}{"peak heap",11}{"peak WS",9}{"output MB",11}  target").ConfigureAwait(false);
        foreach (var p in report.Phases)
        {
            var measured = report.BytesByFormat.TryGetValue(p.Name, out var bytes);
            var target = !measured ? "" : p.Seconds < ReportBenchReport.TargetSeconds && p.PeakWorkingSetBytes < ReportBenchReport.TargetBytes ? "met" : "MISSED";
            await output.WriteLineAsync(Invariant(
                $"{p.Name,-9}{p.Seconds,9:0.00}{p.Items,8}{p.Requests,10}{p.CpuSeconds,8:0.00}{ScanBenchText.Mb(p.AllocatedBytes),10:0}{ScanBenchText.Mb(p.PeakHeapBytes),11:0}{ScanBenchText.Mb(p.PeakWorkingSetBytes),9:0}{(measured ? ScanBenchText.Mb(bytes).ToString("0.0", CultureInfo.InvariantCulture) : "-"),11}  {target}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("(a format's phase reads the snapshot back and writes the report to a file, as `followup report --snapshot` does; memory in MB; peak heap sampled every 20 ms, garbage included; WS = process working set; target < 10 s and < 300 MB)").ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"peak working set {ScanBenchText.Mb(report.PeakWorkingSetBytes):0} MB (whole run, seeding included)")).ConfigureAwait(false);
        await output.WriteLineAsync(report.Problems.Count == 0 ? "invariants: OK" : "invariants: VIOLATED (see the errors)").ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
