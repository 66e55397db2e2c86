namespace FollowUp.Core.Reminders;

/// <summary>The messages the scan records in the send ledger, each with its own rows per address.</summary>
public enum MessageKind
{
    /// <summary>An owner's digest, with the owner's own links.</summary>
    Digest,

    /// <summary>A copied address's escalation message, with no owner links.</summary>
    Escalation,
}
