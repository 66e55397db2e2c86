namespace FollowUp.Core.Snapshots;

/// <summary>An owner's note from a history line, verbatim.</summary>
public sealed record SnapshotNote(DateTimeOffset At, string By, string Note);
