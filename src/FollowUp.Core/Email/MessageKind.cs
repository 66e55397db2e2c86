namespace FollowUp.Core.Email;

/// <summary>
/// What a message is. Carried with it (<see cref="MessageTracking"/>) so that a delivery event can be
/// told apart, and naming its rows in the send ledger (digests and escalations).
/// </summary>
public enum MessageKind
{
    /// <summary>An owner's digest, with the owner's own links.</summary>
    Digest,

    /// <summary>A copied address's escalation message, with no owner links.</summary>
    Escalation,

    /// <summary>A fresh update link an owner asked for.</summary>
    FreshLink,
}
