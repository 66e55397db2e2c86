namespace FollowUp.Core.Commitments;

/// <summary>Who last reported on a commitment, when, and what they said.</summary>
public sealed record LastUpdate(DateTimeOffset At, string By, string? Note);
