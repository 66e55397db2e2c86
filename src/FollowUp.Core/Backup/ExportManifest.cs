namespace FollowUp.Core.Backup;

/// <summary>
/// The last line of an export: how many rows each table holds and a SHA-256 of every line before
/// it. A reader that does not reach it, or finds other counts or another hash, has a damaged export.
/// </summary>
/// <param name="Rows">Rows per table, by the name without the prefix.</param>
public sealed record ExportManifest(int Version, string Prefix, IReadOnlyDictionary<string, long> Rows, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Sha256)
{
    public long TotalRows => Rows.Values.Sum();
}
