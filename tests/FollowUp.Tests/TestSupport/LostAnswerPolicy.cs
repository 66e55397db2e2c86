using Azure.Core;
using Azure.Core.Pipeline;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// Lets chosen writes reach storage and then loses their answers, as a dropped connection would, so
/// that the Azure SDK's own retry sends them again: the retry then meets the first attempt's result.
/// Add it per retry (<see cref="HttpPipelinePosition.PerRetry"/>) so the retry policy sits above it.
/// </summary>
/// <param name="lose">Which writes lose their answer, counted from 1 over every non-GET request but table creation.</param>
public sealed class LostAnswerPolicy(params int[] lose) : HttpPipelinePolicy
{
    private int _writes;

    public int AnswersLost { get; private set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("FollowUp calls storage asynchronously.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        await ProcessNextAsync(message, pipeline);
        var isWrite = message.Request.Method != RequestMethod.Get
            && !message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal);
        if (isWrite && lose.Contains(Interlocked.Increment(ref _writes)))
        {
            AnswersLost++;
            throw new IOException("The connection was reset after the request was sent (simulated).");
        }
    }
}
