using FollowUp.Core.Email;

namespace FollowUp.Core.Delivery;

/// <summary>
/// One event of SendGrid's Event Webhook, as FollowUp keeps it: what happened to which message, and
/// the tracking fields the message carried (<see cref="MessageTracking"/>), which find its send-ledger row.
/// </summary>
/// <param name="EventId">SendGrid's <c>sg_event_id</c>, the key events are deduplicated by; a hash of the event when SendGrid gave none.</param>
/// <param name="Event">SendGrid's event name as sent (<c>processed</c>, <c>delivered</c>, <c>bounce</c>, …); unknown names are kept.</param>
/// <param name="Reason">SendGrid's reason or response, cut to a length the ledger holds.</param>
/// <param name="BounceType"><c>bounce</c> (hard) or <c>blocked</c> (soft) for a bounce event.</param>
/// <param name="ClaimId">The send-ledger claim the message was sent under; with the kind and the local date it names the row.</param>
public sealed record DeliveryEvent(
    string EventId,
    string Email,
    string Event,
    DateTimeOffset At,
    string? MessageId = null,
    string? Reason = null,
    string? BounceType = null,
    MessageKind? Kind = null,
    DateOnly? LocalDate = null,
    string? ClaimId = null,
    string? RunId = null)
{
    /// <summary>Whether the event names a send-ledger row: a digest or escalation with its local date and claim id.</summary>
    public bool IsLedgerMessage => Kind is MessageKind.Digest or MessageKind.Escalation && LocalDate is not null && MessageTracking.IsClaimId(ClaimId);

    /// <summary>Whether the event is for a fresh-link message, told apart from the owner's other fresh links by its claim id.</summary>
    public bool IsFreshLink => Kind is MessageKind.FreshLink && MessageTracking.IsClaimId(ClaimId);

    /// <summary>Whether the event names a message FollowUp sent: a ledger row's, or a fresh link's.</summary>
    public bool IsMatched => IsLedgerMessage || IsFreshLink;
}
