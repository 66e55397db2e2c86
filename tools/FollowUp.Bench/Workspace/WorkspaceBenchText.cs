using System.Globalization;
using FollowUp.Bench.Scan;

namespace FollowUp.Bench.Workspace;

/// <summary>The workspace benchmark's report for people; <c>--format json</c> prints the record itself.</summary>
public static class WorkspaceBenchText
{
    public static async Task WriteAsync(TextWriter output, WorkspaceBenchReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        await output.WriteLineAsync(Invariant($"FollowUp.Bench workspace: {s.Commitments} commitments, {s.Owners} owners, {s.Requests} requests a route")).ConfigureAwait(false);
        await output.WriteLineAsync($"tables {report.TablePrefix}* ({(s.Keep ? "kept" : "deleted")}); {report.Machine}").ConfigureAwait(false);
        if (report.Seed is { } seed)
        {
            await output.WriteLineAsync(Invariant($"seed: {seed.Items} rows in {seed.Seconds:0.0} s, {seed.Requests} requests")).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"route",-20}{"as",5}{"p50 ms",9}{"p95 ms",9}{"max ms",9}{"warm-up",9}{"req/req",9}{"KB",8}{"rows",7}{"peak heap",11}{"peak WS",9}  target").ConfigureAwait(false);
        foreach (var r in report.Routes)
        {
            var target = r.P95Ms < WorkspaceBenchReport.TargetP95Ms ? "met" : "MISSED";
            await output.WriteLineAsync(Invariant(
                $"{r.Name,-20}{r.Format,5}{r.P50Ms,9:0}{r.P95Ms,9:0}{r.MaxMs,9:0}{r.WarmUpMs,9:0}{r.StorageRequestsPerRequest,9:0.0}{r.ResponseBytes / 1024.0,8:0}{(r.Total is { } t ? t.ToString(CultureInfo.InvariantCulture) : "-"),7}{ScanBenchText.Mb(r.PeakHeapBytes),11:0}{ScanBenchText.Mb(r.PeakWorkingSetBytes),9:0}  {target}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("(one request at a time over loopback, warm-up excluded; req/req = Table Storage requests per request; KB = response body; rows = the JSON list's total; memory in MB, sampled every 20 ms; target p95 < 1000 ms)").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"use case (in-process)",-22}{"runs",6}{"p50 ms",9}{"max ms",9}").ConfigureAwait(false);
        foreach (var u in report.UseCases)
        {
            await output.WriteLineAsync(Invariant($"{u.Name,-22}{u.Runs,6}{u.P50Ms,9:0}{u.MaxMs,9:0}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("(read = every current row through the store, and the contact book; list = the listing use case, unfiltered; a route's time beyond its use case's is rendering and HTTP)").ConfigureAwait(false);
        await output.WriteLineAsync(Invariant($"peak working set {ScanBenchText.Mb(report.PeakWorkingSetBytes):0} MB (whole run, seeding included)")).ConfigureAwait(false);
        await output.WriteLineAsync(report.Problems.Count == 0 ? "invariants: OK" : "invariants: VIOLATED (see the errors)").ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
