namespace FollowUp.Core.Secretariat;

/// <summary>One of SendGrid's events for a message the ledger sent: <c>delivered</c>, <c>bounce</c>, <c>dropped</c>, ….</summary>
/// <param name="Reason">SendGrid's reason or response, as the ledger keeps it.</param>
public sealed record MessageEvent(DateTimeOffset At, string Event, string? Reason, string? BounceType);
