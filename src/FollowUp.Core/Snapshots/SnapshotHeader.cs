namespace FollowUp.Core.Snapshots;

/// <summary>What a snapshot is: written after its rows, so a snapshot with a header is complete.</summary>
/// <param name="DataSha256">Lower-case hex SHA-256 of the rows' canonical form (<see cref="SnapshotHash"/>).</param>
/// <param name="Reconstructed">The as-of time is before the creation: state replayed from the history lines.</param>
public sealed record SnapshotHeader(
    string Name,
    DateTimeOffset AsOf,
    DateTimeOffset CreatedAt,
    int Commitments,
    string DataSha256,
    bool Reconstructed)
{
    public const int Format = 1;
}
