using System.Globalization;

namespace FollowUp.Core.Storage;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Of"/>: a contiguous range of the owner index's
/// <see cref="OwnerIndexKeys.Buckets"/> buckets. Every bucket is in exactly one shard of a split,
/// and an owner is wholly inside one bucket, so the shards of a split read every owner once.
/// </summary>
public readonly record struct OwnerIndexShard
{
    public OwnerIndexShard(int index, int of)
    {
        if (of is < 1 or > OwnerIndexKeys.Buckets)
        {
            throw new ArgumentOutOfRangeException(nameof(of), of, string.Create(CultureInfo.InvariantCulture, $"shards: {of} is not between 1 and {OwnerIndexKeys.Buckets}"));
        }

        if (index < 0 || index >= of)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"shard: {index} is not between 0 and {of - 1}"));
        }

        Index = index;
        Of = of;
    }

    public int Index { get; }

    public int Of { get; }

    /// <summary>The first bucket of the shard.</summary>
    public int FirstBucket => Index * OwnerIndexKeys.Buckets / Of;

    /// <summary>One past the shard's last bucket.</summary>
    public int EndBucket => (Index + 1) * OwnerIndexKeys.Buckets / Of;

    /// <summary>Every shard of a split into <paramref name="of"/>.</summary>
    public static IReadOnlyList<OwnerIndexShard> Split(int of) => [.. Enumerable.Range(0, new OwnerIndexShard(0, of).Of).Select(i => new OwnerIndexShard(i, of))];
}
