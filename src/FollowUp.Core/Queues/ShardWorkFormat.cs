using System.Text.Json;
using System.Text.Json.Serialization;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Queues;

/// <summary>The shard message's text: compact JSON, version 1, a few dozen bytes.</summary>
public static class ShardWorkFormat
{
    private const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Encode(ShardWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return QueueEnvelope<ShardWork>.Seal(Version, work, Options);
    }

    /// <exception cref="ShardWorkFormatException">Not a message FollowUp wrote; the reason names what is wrong.</exception>
    public static ShardWork Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var work = QueueEnvelope<ShardWork>.Open(text, Version, Options, "shard", (reason, cause) => cause is null ? new ShardWorkFormatException(reason) : new ShardWorkFormatException(reason, cause));
        if (string.IsNullOrWhiteSpace(work.RunId) || work.RunId.Length > 64 || !work.RunId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ShardWorkFormatException("The message's run id is missing or not letters and digits.");
        }

        if (!Enum.IsDefined(work.Step) || work.Of is < 1 or > OwnerIndexKeys.Buckets || work.Shard < 0 || work.Shard >= work.Of)
        {
            throw new ShardWorkFormatException($"The message's step or shard is out of range (shard {work.Shard} of {work.Of}; shards are 1-{OwnerIndexKeys.Buckets}).");
        }

        return work;
    }
}
