using Azure.Core;
using Azure.Core.Pipeline;

namespace FollowUp.Bench.Storage;

/// <summary>
/// Counts the HTTP requests a Table Storage client sends. Added per retry, so a retried request
/// counts each time it goes on the wire: the figure is what the service (and the bill) sees.
/// </summary>
public sealed class RequestCountingPolicy : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
