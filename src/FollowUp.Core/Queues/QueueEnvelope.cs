using System.Text.Json;

namespace FollowUp.Core.Queues;

/// <summary>
/// The versioned wrapper every FollowUp queue message travels in (<c>{"V":1,"Work":{…}}</c>), written
/// and opened once here for the digest and shard formats alike; each format checks its own fields.
/// </summary>
internal sealed record QueueEnvelope<TWork>(int V, TWork Work)
    where TWork : class
{
    public static string Seal(int version, TWork work, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(new QueueEnvelope<TWork>(version, work), options);

    /// <param name="noun">What the message should be, for the reason: "digest", "shard".</param>
    /// <param name="refuse">Makes the format's own exception from a reason and its cause.</param>
    public static TWork Open(string text, int version, JsonSerializerOptions options, string noun, Func<string, Exception?, Exception> refuse)
    {
        QueueEnvelope<TWork>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<QueueEnvelope<TWork>>(text, options);
        }
        catch (JsonException ex)
        {
            throw refuse($"The message is not a FollowUp {noun} (JSON error at {ex.Path ?? "the start"}).", ex);
        }

        return envelope is { Work: { } work } && envelope.V == version
            ? work
            : throw refuse($"The message is not a version {version} FollowUp {noun}.", null);
    }
}
