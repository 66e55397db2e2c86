using Azure;
using Azure.Identity;

namespace FollowUp.Core.Storage;

/// <summary>Which exceptions from the Table Storage adapters mean that storage (or the way to it) is unavailable.</summary>
public static class StorageFailures
{
    /// <summary>
    /// The Azure SDK reports service errors as <see cref="RequestFailedException"/> and a timed-out
    /// request as a cancellation that the caller did not ask for; check the caller's own token first.
    /// </summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException or AuthenticationFailedException or HttpRequestException or TimeoutException => true,
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsOutage),
        _ => false,
    };
}
