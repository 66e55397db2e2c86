namespace FollowUp.Core.Backup;

/// <summary>One table a restore wrote in full: its name in the target (with the configured prefix) and its rows.</summary>
public sealed record RestoredTable(string Table, long Rows);
