using Azure.Core;
using Azure.Core.Pipeline;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// Lets the first request that <paramref name="matches"/> reach the service, then loses the answer,
/// so the Azure SDK's own retry sends the same request again after it has already taken effect.
/// Add it per retry: <c>options.AddPolicy(policy, HttpPipelinePosition.PerRetry)</c>, with a short
/// <c>options.Retry.Delay</c> so the retry does not wait out the default back-off. Only the first
/// match is lost; every later request passes untouched.
/// </summary>
public sealed class LostResponsePolicy(Func<HttpMessage, bool> matches, LostResponse how) : HttpPipelinePolicy
{
    private int _armed = 1;

    /// <summary>Whether an answer has been lost yet: a test that expected one asserts it.</summary>
    public bool HasLostOne => Volatile.Read(ref _armed) == 0;

    /// <summary>A write to <paramref name="table"/>: an insert, update or merge of one entity, or an entity-group transaction.</summary>
    public static Func<HttpMessage, bool> WritesTo(string table) => message =>
        message.Request.Method != RequestMethod.Get
        && (message.Request.Uri.Path.Contains($"/{table}", StringComparison.Ordinal)
            || message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal));

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        await ProcessNextAsync(message, pipeline);
        Lose(message);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        ProcessNext(message, pipeline);
        Lose(message);
    }

    private void Lose(HttpMessage message)
    {
        if (!matches(message) || Interlocked.Exchange(ref _armed, 0) == 0)
        {
            return;
        }

        message.Response.Dispose();
        if (how == LostResponse.ConnectionDropped)
        {
            throw new IOException("The connection was closed before the response was read (simulated by LostResponsePolicy).");
        }

        message.Response = new ServiceUnavailableResponse(message.Request.ClientRequestId);
    }
}
