using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Cli.Output;

/// <summary>
/// The JSON contract of <c>followup scan --format json</c>, for scripts: <c>sent</c> counts digests,
/// <c>escalationsSent</c> escalation messages, <c>failed</c> and <c>unknown</c> both; <c>outcome</c>
/// says what happened to each message, <c>skipped</c> lists the addresses the run passed over, and
/// <c>undeliverable</c> the owner addresses it sent nothing because SendGrid marked them so.
/// </summary>
public static class ScanJson
{
    public static Report From(ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Report(
            Instant(report.AsOf),
            report.DryRun,
            [.. report.Digests.Select(d => new DigestJson(
                d.Digest.To,
                [.. d.Digest.Items.Select(i => new ItemJson(i.Commitment.Id, StageName(i.Stage), IsoDate.Format(i.StageDate), i.Escalated))],
                Outcome(d.Delivery),
                d.Error))],
            [.. report.Escalations.Select(e => new EscalationJson(
                e.Escalation.To,
                [.. e.Escalation.Items.Select(i => new EscalatedJson(i.Commitment.Id, IsoDate.Format(i.StageDate), i.DaysOverdue, [.. i.Owners.Select(o => o.Ministry)]))],
                Outcome(e.Delivery),
                e.Error))],
            [.. report.SkippedAddresses.Select(s => new SkippedJson(s.Address, Kind(s.Kind), s.CommitmentIds, s.Reason))],
            report.Sent,
            report.EscalationsSent,
            report.Failed,
            report.Unknown,
            [.. report.Undeliverable.Select(u => new UndeliverableJson(u.Address, u.Reason ?? u.StateName, u.Since is { } since ? Instant(since) : null))]);
    }

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string StageName(ReminderStage stage) => stage.ToString().ToLowerInvariant();

    public static string Outcome(DigestDelivery delivery) => delivery.ToString().ToLowerInvariant();

    public static string Kind(MessageKind kind) => kind.ToString().ToLowerInvariant();

    public sealed record Report(
        string AsOf,
        bool DryRun,
        IReadOnlyList<DigestJson> Digests,
        IReadOnlyList<EscalationJson> Escalations,
        IReadOnlyList<SkippedJson> Skipped,
        int Sent,
        int EscalationsSent,
        int Failed,
        int Unknown,
        IReadOnlyList<UndeliverableJson> Undeliverable);

    public sealed record DigestJson(string To, IReadOnlyList<ItemJson> Items, string Outcome, string? Error);

    public sealed record ItemJson(string CommitmentId, string Stage, string StageDate, bool Escalated);

    public sealed record EscalationJson(string To, IReadOnlyList<EscalatedJson> Items, string Outcome, string? Error);

    public sealed record EscalatedJson(string CommitmentId, string StageDate, int DaysOverdue, IReadOnlyList<string> Owners);

    public sealed record UndeliverableJson(string To, string Reason, string? Since);

    public sealed record SkippedJson(string To, string Kind, IReadOnlyList<string> Commitments, string Reason);
}
