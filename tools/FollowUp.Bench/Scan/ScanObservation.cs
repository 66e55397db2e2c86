using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scan;

/// <summary>What one round showed, reduced to what its checks compare.</summary>
/// <param name="Planned">The addresses of the dry run's planned digests, repeats kept.</param>
/// <param name="Emails">Emails the counting sender accepted in the real scan, repeats included.</param>
/// <param name="Recipients">The different addresses among those emails.</param>
public sealed record ScanObservation(
    long RawRead,
    long FilteredRead,
    int DryRunScanned,
    int ScanScanned,
    IReadOnlyList<string> Planned,
    int Sent,
    int Failed,
    int Unknown,
    int Skipped,
    int Emails,
    IReadOnlyCollection<string> Recipients)
{
    public static ScanObservation Of(ScanRoundResult result, CountingDigestSender sender)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sender);
        var read = result.Round.Phases.ToDictionary(p => p.Name, p => p.Items);
        return new ScanObservation(
            read[ScanPhaseNames.RawRead],
            read[ScanPhaseNames.FilteredRead],
            result.DryRun.Scanned,
            result.Real.Scanned,
            [.. result.DryRun.Digests.Where(d => d.Delivery == DigestDelivery.Planned).Select(d => d.Digest.To)],
            result.Real.Sent,
            result.Real.Failed,
            result.Real.Unknown,
            result.Real.Skipped,
            sender.Total,
            sender.Recipients);
    }
}
