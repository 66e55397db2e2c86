namespace FollowUp.Core.Import;

/// <summary>A row as read from a file, with where it stands in that file.</summary>
public sealed record RawRow(string Location, RawCommitment Commitment);
