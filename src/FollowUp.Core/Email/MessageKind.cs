namespace FollowUp.Core.Email;

/// <summary>What a message is; carried with it (<see cref="MessageTracking"/>) so that a delivery event can be told apart.</summary>
public enum MessageKind
{
    Digest,
    Escalation,
    FreshLink,
}
