using System.CommandLine;
using Azure;
using FollowUp.Core.Import;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli;

/// <summary>
/// Turns the failures an operator can cause or fix (a bad setting, unreachable storage) into one
/// clear line and exit code 1, instead of a stack trace.
/// </summary>
public static class CommandErrors
{
    public const int Failure = 1;

    public static async Task<int> RunAsync(ParseResult parseResult, Func<TextWriter, TextWriter, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await body(output, error).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"Configuration is not valid: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            // ex.Message carries the service's headers and body; the status and code are what an operator can act on.
            await error.WriteLineAsync($"Table Storage refused the request: {ex.Status} {ex.ErrorCode}").ConfigureAwait(false);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException))
        {
            await error.WriteLineAsync(
                $"Cannot reach Table Storage ({ex.InnerExceptions[^1].Message}). Is Azurite running, or is --connection right?").ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"Cannot reach Table Storage ({ex.Message}). Is Azurite running, or is --connection right?").ConfigureAwait(false);
        }
        catch (Azure.Identity.AuthenticationFailedException)
        {
            // Its message lists every credential tried, with stack traces; the remedy is one of two.
            await error.WriteLineAsync(
                "Cannot sign in to Table Storage with DefaultAzureCredential: run 'az login' (with Storage Table Data Contributor on the account), or use --connection.").ConfigureAwait(false);
        }
        catch (ImportConflictException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
        }
        catch (StorageConfigurationException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
        }

        return Failure;
    }
}
