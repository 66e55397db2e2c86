using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Storage;

/// <summary>
/// The keys of <c>{prefix}OwnerIndex</c>: PartitionKey <c>b{bucket}</c>, RowKey
/// <c>{storage key of the canonical address}|{commitment id}</c>. An address is wholly inside one
/// bucket, so a shard of buckets holds every commitment of each owner it reads, and the rows of one
/// address are contiguous in its partition (they share the prefix up to the '|', which the
/// percent-encoded address never contains).
/// </summary>
public static class OwnerIndexKeys
{
    /// <summary>Buckets: enough to split the read 64 ways, few enough that a full sweep is 64 range reads.</summary>
    public const int Buckets = 64;

    private const char Separator = '|';

    /// <summary>
    /// A stable hash (the first four bytes of SHA-256 of the canonical address): the same bucket in
    /// every process and every .NET version, which <see cref="string.GetHashCode()"/> does not promise.
    /// </summary>
    public static int BucketOf(string email)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(EmailAddresses.Canonical(email)), hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) % Buckets);
    }

    public static string PartitionOf(int bucket) => "b" + bucket.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    public static string PartitionFor(string email) => PartitionOf(BucketOf(email));

    public static string RowKeyFor(string email, string commitmentId) => EmailAddresses.StorageKey(email) + Separator + commitmentId;

    /// <summary>The owner's storage key and the commitment id of a row key; null for a row FollowUp did not write.</summary>
    public static (string OwnerKey, string CommitmentId)? Parse(string rowKey)
    {
        var at = rowKey.LastIndexOf(Separator);
        return at <= 0 || at == rowKey.Length - 1 ? null : (rowKey[..at], rowKey[(at + 1)..]);
    }
}
