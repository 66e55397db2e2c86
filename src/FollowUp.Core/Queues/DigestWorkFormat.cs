using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUp.Core.Queues;

/// <summary>
/// The queue message's text: compact JSON, version 1. Storage Queues hold at most 64 KiB a message,
/// and the text travels base64-encoded (the Functions trigger's default encoding), so the JSON may
/// be at most 48 KiB; a digest whose message would be longer is delivered by the planning run itself.
/// </summary>
public static class DigestWorkFormat
{
    /// <summary>64 KiB of base64 is 48 KiB of text.</summary>
    public const int MaxBytes = 48 * 1024;

    private const int Version = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The message text, or null when it would not fit in a queue message.</summary>
    public static string? TryEncode(DigestWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var text = QueueEnvelope<DigestWork>.Seal(Version, work, Options);
        return Encoding.UTF8.GetByteCount(text) <= MaxBytes ? text : null;
    }

    /// <exception cref="DigestWorkFormatException">Not a message FollowUp wrote; the reason names what is wrong, never the content.</exception>
    public static DigestWork Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var work = QueueEnvelope<DigestWork>.Open(text, Version, Options, "digest", (reason, cause) => cause is null ? new DigestWorkFormatException(reason) : new DigestWorkFormatException(reason, cause));
        if (string.IsNullOrWhiteSpace(work.RunId) || string.IsNullOrWhiteSpace(work.To) || string.IsNullOrWhiteSpace(work.TimeZone)
            || work.Items is not { Count: > 0 } || work.Items.Any(i => i is null || string.IsNullOrWhiteSpace(i.CommitmentId)))
        {
            throw new DigestWorkFormatException("The message lacks its run, recipient, time zone or items.");
        }

        return work;
    }
}
