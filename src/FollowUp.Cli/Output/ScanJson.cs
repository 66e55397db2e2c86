using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;

namespace FollowUp.Cli.Output;

/// <summary>
/// The JSON contract of <c>followup scan --format json</c>, for scripts: <c>sent</c> and
/// <c>failed</c> count emails (digests); <c>outcome</c> says what happened to each.
/// </summary>
public static class ScanJson
{
    public static Report From(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Report(
            report.AsOf.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            report.DryRun,
            [.. report.Digests.Select(d => new DigestJson(
                d.Digest.To,
                d.Digest.Cc,
                [.. d.Digest.Items.Select(i => new ItemJson(i.Commitment.Id, StageName(i.Stage), IsoDate.Format(i.StageDate), i.Escalated))],
                d.Delivery.ToString().ToLowerInvariant(),
                d.Error))],
            report.Sent,
            report.Failed);
    }

    public static string StageName(ReminderStage stage) => stage.ToString().ToLowerInvariant();

    public sealed record Report(string AsOf, bool DryRun, IReadOnlyList<DigestJson> Digests, int Sent, int Failed);

    public sealed record DigestJson(string To, IReadOnlyList<string> Cc, IReadOnlyList<ItemJson> Items, string Outcome, string? Error);

    public sealed record ItemJson(string CommitmentId, string Stage, string StageDate, bool Escalated);
}
