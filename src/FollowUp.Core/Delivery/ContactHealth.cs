namespace FollowUp.Core.Delivery;

/// <summary>
/// What SendGrid's events say of one address. Undeliverable when the latest hard bounce, refusing
/// drop or spam report is later than its latest delivery and its last reset.
/// </summary>
/// <param name="Reason">SendGrid's reason for the mark; null while deliverable.</param>
/// <param name="Since">When the event that marked it happened; null while deliverable.</param>
public sealed record ContactHealth(
    string Address,
    ContactState State,
    string? Reason,
    DateTimeOffset? Since,
    string? LastEvent,
    DateTimeOffset? LastEventAt)
{
    public bool IsUndeliverable => State is ContactState.Bounced or ContactState.Dropped or ContactState.Spam;

    /// <summary><c>ok</c>, <c>bounced</c>, <c>dropped</c>, <c>spam</c> or <c>unknown</c>.</summary>
    public string StateName => State.ToString().ToLowerInvariant();

    public static ContactHealth Unheard(string address) => new(address, ContactState.Unknown, null, null, null, null);
}
