using System.CommandLine;
using Azure;

namespace FollowUp.Bench.Tests;

/// <summary>
/// What an operator can fix comes out as one line and exit code 1, never a stack trace; a defect in
/// the benchmark still surfaces as one.
/// </summary>
public sealed class BenchErrorsTests
{
    // How Azure.Core reports its network timeout once the retries are spent: a TaskCanceledException
    // per attempt, gathered in one AggregateException.
    private const string SdkTimeout = "The operation was cancelled because it exceeded the configured timeout of 0:01:40.";

    [Fact]
    public async Task AStorageTimeoutAfterRetriesIsOneLineNotAStackTrace()
    {
        var (exit, error) = await RunAsync(_ => throw new AggregateException("Retry failed after 4 tries.",
            new TaskCanceledException(SdkTimeout), new TaskCanceledException(SdkTimeout)));

        Assert.Equal(BenchErrors.Failure, exit);
        Assert.Equal($"Table Storage did not answer in time: {SdkTimeout}", error.Trim());
    }

    [Fact]
    public async Task CancellingTheInvocationSaysSoRatherThanBlamingStorage()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var (exit, error) = await RunAsync(token => throw new OperationCanceledException(token), cancelled.Token);

        Assert.Equal(BenchErrors.Failure, exit);
        Assert.Equal("Cancelled.", error.Trim());
    }

    [Fact]
    public async Task ARefusedRequestNamesTheStatusAndCodeOnly()
    {
        var (exit, error) = await RunAsync(_ => throw new RequestFailedException(403, "secret-bearing body", "AuthorizationFailure", null));

        Assert.Equal(BenchErrors.Failure, exit);
        Assert.Equal("Table Storage refused the request: 403 AuthorizationFailure", error.Trim());
    }

    [Fact]
    public async Task AnAggregateWithADefectInsideIsNotHidden()
    {
        await Assert.ThrowsAsync<AggregateException>(() => RunAsync(_ => throw new AggregateException(
            new TaskCanceledException(SdkTimeout), new InvalidOperationException("a bug in the benchmark"))));
    }

    private static async Task<(int Exit, string Error)> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken token = default)
    {
        var command = new RootCommand();
        // The token stands in for the invocation's own, so the action is given it directly.
        command.SetAction((parseResult, _) => BenchErrors.RunAsync(parseResult, (_, _) => body(token), token));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await command.Parse([]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, CancellationToken.None);
        return (exit, error.ToString());
    }
}
