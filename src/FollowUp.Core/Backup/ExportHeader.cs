namespace FollowUp.Core.Backup;

/// <summary>The first line of an export: what it is and what it will contain.</summary>
/// <param name="Tables">The tables' names without the prefix (<c>Commitments</c>), in the order they follow.</param>
/// <param name="RetentionDays">How long the backup container keeps it (<c>FollowUp:BackupRetentionDays</c>).</param>
public sealed record ExportHeader(int Version, string Prefix, IReadOnlyList<string> Tables, DateTimeOffset StartedAt, int RetentionDays);
