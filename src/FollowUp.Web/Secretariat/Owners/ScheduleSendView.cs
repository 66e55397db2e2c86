namespace FollowUp.Web.Secretariat.Owners;

/// <summary>One planned message: when, in the recipient's time and in UTC, and what it carries.</summary>
/// <param name="HeldReason">Set when the address is marked undeliverable: held, not sent.</param>
internal sealed record ScheduleSendView(string UtcIso, string UtcLabel, string LocalLabel, string? HeldReason, IReadOnlyList<ScheduleItemView> Items);
