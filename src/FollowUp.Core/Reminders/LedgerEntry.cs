using FollowUp.Core.Email;
namespace FollowUp.Core.Reminders;

/// <summary>
/// What the send ledger records of one message: its kind, its recipient, the local day it is for,
/// and the key of every nudge it carries. Digests and escalations are recorded alike.
/// </summary>
/// <param name="Manual">Sent by an Admin's "nudge now" rather than by the scan; recorded in the row for whoever reads the table.</param>
public sealed record LedgerEntry(MessageKind Kind, string To, DateOnly LocalDate, IReadOnlyList<ReminderKey> Nudges, bool Manual = false)
{
    public static LedgerEntry For(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return new(MessageKind.Digest, digest.To, digest.LocalDate, [.. digest.Items.Select(i => ReminderKey.For(digest, i))]);
    }

    public static LedgerEntry For(Escalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return new(MessageKind.Escalation, escalation.To, escalation.LocalDate, [.. escalation.Items.Select(i => ReminderKey.For(escalation, i))]);
    }
}
