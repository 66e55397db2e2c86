using FollowUp.Core.Commitments;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Names one nudge in the send ledger: a stage occurrence of a commitment for one address (an
/// owner's, or, for an escalation, the copied address's). Because stage dates are fixed by the due
/// date (or the last update), the same nudge gets the same key on every scan, so a key found in the
/// ledger means "already sent".
/// </summary>
/// <remarks>Addresses compare by their canonical form, as everywhere else in FollowUp.</remarks>
public readonly record struct ReminderKey(string CommitmentId, string OwnerEmail, ReminderStage Stage, DateOnly StageDate)
{
    /// <summary>The key of an item as sent in a digest.</summary>
    public static ReminderKey For(Digest digest, DigestItem item)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Commitment.Id, digest.To, item.Stage, item.StageDate);
    }

    /// <summary>The key of an item as sent in an escalation: escalations come only from overdue stages.</summary>
    public static ReminderKey For(Escalation escalation, EscalationItem item)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return ForEscalation(escalation.To, item);
    }

    /// <summary>The key of an escalation item for the address it is escalated to.</summary>
    public static ReminderKey ForEscalation(string address, EscalationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Commitment.Id, address, ReminderStage.Overdue, item.StageDate);
    }

    public bool Equals(ReminderKey other) =>
        string.Equals(CommitmentId, other.CommitmentId, StringComparison.Ordinal)
        && EmailAddresses.Comparer.Equals(OwnerEmail, other.OwnerEmail)
        && Stage == other.Stage
        && StageDate == other.StageDate;

    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(CommitmentId ?? ""),
        EmailAddresses.Comparer.GetHashCode(OwnerEmail ?? ""),
        Stage,
        StageDate);
}
