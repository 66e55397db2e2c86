using FollowUp.Core.Email;

namespace FollowUp.Core.Delivery;

/// <summary>
/// One message FollowUp sent, as <c>followup deliveries</c> shows it: a send-ledger row (digest or
/// escalation) or a fresh link, with SendGrid's events for it, oldest first.
/// </summary>
/// <param name="Day">The message's local day (digest, escalation), or the UTC day of its first event (fresh link).</param>
/// <param name="State">
/// <c>accepted</c>, <c>processed</c>, <c>deferred</c>, <c>delivered</c>, <c>spam-reported</c>,
/// <c>dropped</c> or <c>bounced</c> by its events; without any, what the ledger knows: <c>accepted</c>
/// (sent), <c>failed</c>, <c>sandboxed</c>, <c>unknown</c> or <c>claimed</c>.
/// </param>
public sealed record DeliveryRecord(
    MessageKind Kind,
    string To,
    DateOnly Day,
    string State,
    string? MessageId,
    IReadOnlyList<DeliveryRecordEvent> Events);
