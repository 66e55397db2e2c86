using System.Globalization;

namespace FollowUp.Bench.Scaleout;

/// <summary>The scale-out report for people: one line per worker count, then the kill round.</summary>
public static class ScaleoutText
{
    public static async Task WriteAsync(TextWriter output, ScaleoutReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        await output.WriteLineAsync(Line($"FollowUp.Bench scaleout: {s.Commitments} commitments, {s.Owners} owners, {report.OwnersOwed} owed a digest; fake SendGrid {s.Latency.TotalMilliseconds:0} ms, error rate {s.ErrorRate:0.###}; planned by {(s.Shards is { } n ? $"{n} shards of the owner index" : "the full read")}")).ConfigureAwait(false);
        var seeded = report.SeedSeconds is { } seconds ? Line($"seeded in {seconds:0.0} s") : "tables reused, not seeded";
        await output.WriteLineAsync(Line($"Machine: {report.Machine}; run {report.Run} (tables {report.TablePrefix}*), {seeded}")).ConfigureAwait(false);
        await output.WriteLineAsync("workers  queued  accepted  sg-requests  sg-500s  failed  unknown  poisoned  plan-s  delivery-s  total-s  digests/s  storage-req/digest  plan-requests  peak-MB/worker  missing  repeats  sent-by-repeats  duplicates  missing-after").ConfigureAwait(false);
        foreach (var r in report.Rounds)
        {
            await output.WriteLineAsync(Line(
                $"{r.Workers,7}  {r.Queued,6}  {r.Accepted,8}  {r.SendGridRequests,11}  {r.SendGridErrors,7}  {r.Failed,6}  {r.Unknown,7}  {r.Poisoned,8}  {r.PlanSeconds,6:0.0}  {r.DeliverySeconds,10:0.0}  {r.TotalSeconds,7:0.0}  {r.DigestsPerSecond,9:0.0}  {r.StorageRequestsPerDigest,18:0.0}  {r.PlanStorageRequests,13}  {r.PeakWorkingSetBytes / 1048576.0,14:0}  {r.Missing,7}  {r.RepeatRuns,7}  {r.SentByRepeats,15}  {r.Duplicates,10}  {r.MissingAfterRepeats,13}")).ConfigureAwait(false);
        }

        if (report.Rounds.FirstOrDefault(r => r.Workers == 1) is { DigestsPerSecond: > 0 } one)
        {
            foreach (var r in report.Rounds.Where(r => r.Workers > 1))
            {
                await output.WriteLineAsync(Line($"{r.Workers} workers: {r.DigestsPerSecond / one.DigestsPerSecond:0.0} times one worker")).ConfigureAwait(false);
            }
        }

        if (report.Kill is { } k)
        {
            await output.WriteLineAsync(Line(
                $"SIGKILL of 1 of {k.Workers} workers after {k.AcceptedBeforeKill} digests: first run accepted {k.AcceptedFirstRun}, {k.RepeatRuns} repeated runs queued {k.QueuedByRepeat} and sent {k.AcceptedByRepeat}; {k.Duplicates} duplicates, {k.Missing} owners without a digest, {k.LeftClaimed} claims left unknown")).ConfigureAwait(false);
        }
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
