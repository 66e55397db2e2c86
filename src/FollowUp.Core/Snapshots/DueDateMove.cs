namespace FollowUp.Core.Snapshots;

/// <summary>A due date the secretariat moved, from its history line, with the reason it gave.</summary>
public sealed record DueDateMove(DateTimeOffset At, string By, DateOnly From, DateOnly To, string? Reason);
