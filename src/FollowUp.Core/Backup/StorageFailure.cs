using Azure;

namespace FollowUp.Core.Backup;

/// <summary>
/// One line for a storage failure an operator can act on: the status and the service's error code,
/// never the exception's message (it carries the request's headers and body).
/// </summary>
internal static class StorageFailure
{
    public static bool IsStorageFailure(Exception ex) => Describe(ex, "") is not null;

    public static string? Describe(Exception ex, string what) => ex switch
    {
        RequestFailedException { Status: 0 } lost => $"cannot reach storage while {what} ({lost.InnerException?.Message ?? "no answer"})",
        RequestFailedException refused => $"storage refused {what}: {refused.Status} {refused.ErrorCode}",
        HttpRequestException unreachable => $"cannot reach storage while {what} ({unreachable.Message})",
        AggregateException { InnerExceptions.Count: > 0 } all when all.InnerExceptions.All(e => Describe(e, what) is not null) => Describe(all.InnerExceptions[^1], what),
        _ => null,
    };
}
