namespace FollowUp.Core.Delivery;

/// <summary>One of SendGrid's events for a <see cref="DeliveryRecord"/>: its name as SendGrid sent it, and when it happened.</summary>
public sealed record DeliveryRecordEvent(string Event, DateTimeOffset At);
