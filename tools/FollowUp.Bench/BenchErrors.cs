using System.CommandLine;
using Azure;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Bench;

/// <summary>
/// Turns what an operator can fix (a bad setting, storage out of reach) into one line and exit
/// code 1 instead of a stack trace. Anything else is a defect in the benchmark and shows as one.
/// </summary>
public static class BenchErrors
{
    public const int Failure = 1;

    /// <param name="cancellationToken">The invocation's own token (Ctrl+C): cancelling it is the
    /// operator's choice, not storage failing to answer.</param>
    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, TextWriter, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body(parseResult.InvocationConfiguration.Output, error).ConfigureAwait(false);
        }
        // Ctrl+C during a retry can surface as the SDK's aggregate of a timeout and the cancellation.
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && (ex is OperationCanceledException || Describe(ex) is not null))
        {
            await error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return Failure;
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await error.WriteLineAsync(message).ConfigureAwait(false);
            return Failure;
        }
    }

    private static string? Describe(Exception ex) => ex switch
    {
        OptionsValidationException invalid => $"Configuration is not valid: {string.Join("; ", invalid.Failures)}",
        StorageConfigurationException storage => storage.Message,

        // A status of 0 means no answer came. Otherwise not ex.Message: it carries the service's
        // headers and body; the status and code are what one can act on.
        RequestFailedException { Status: 0 } lost => Unreachable(lost.InnerException?.Message ?? lost.Message),
        RequestFailedException refused => $"Table Storage refused the request: {refused.Status} {refused.ErrorCode}",
        HttpRequestException unreachable => Unreachable(unreachable.Message),

        // Not the invocation's token (caught above), so the SDK's network timeout: Azurite busy or
        // gone. Its message names the timeout and the setting, and carries no secret.
        OperationCanceledException timedOut => $"Table Storage did not answer in time: {timedOut.Message}",
        AggregateException { InnerExceptions.Count: > 0 } all when all.InnerExceptions.All(e => Describe(e) is not null) => Describe(all.InnerExceptions[^1]),
        _ => null,
    };

    private static string Unreachable(string reason) => $"Cannot reach Table Storage ({reason}). Is Azurite running, or is --connection right?";
}
