using System.Security.Cryptography;
using System.Text;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// The SHA-256 a report's footer shows: over every row's canonical JSON (<see cref="SnapshotRowJson"/>)
/// in UTF-8, each followed by one line feed, in commitment-id order (ordinal), which is the order
/// the snapshot's rows are stored and read in. Anyone can recompute it from the table (concatenate
/// each row's <c>Data0</c>, <c>Data1</c>, … and hash as above) or from a report's data.
/// </summary>
public sealed class SnapshotHash : IDisposable
{
    private static readonly byte[] LineFeed = [(byte)'\n'];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Append(string rowJson)
    {
        ArgumentNullException.ThrowIfNull(rowJson);
        _hash.AppendData(Encoding.UTF8.GetBytes(rowJson));
        _hash.AppendData(LineFeed);
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public static string Of(IEnumerable<SnapshotCommitment> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var hash = new SnapshotHash();
        foreach (var row in rows)
        {
            hash.Append(SnapshotRowJson.Serialize(row));
        }

        return hash.Finish();
    }

    public void Dispose() => _hash.Dispose();
}
