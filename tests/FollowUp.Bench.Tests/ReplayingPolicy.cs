using Azure.Core;
using Azure.Core.Pipeline;

namespace FollowUp.Bench.Tests;

/// <summary>
/// Sends every entity-group transaction twice and answers with the second response: what the
/// client's retry does when the service applied a transaction but its answer was lost or too late.
/// </summary>
public sealed class ReplayingPolicy : HttpPipelinePolicy
{
    private long _replayed;

    public long Replayed => Interlocked.Read(ref _replayed);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The seeder is asynchronous.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal) && message.Response.Status == 202)
        {
            Interlocked.Increment(ref _replayed);
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
    }
}
