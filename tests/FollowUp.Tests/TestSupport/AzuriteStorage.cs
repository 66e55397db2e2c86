using Azure.Data.Tables;
using FollowUp.Core.Configuration;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// Real Azurite (or a real account), as given by FOLLOWUP_TEST_STORAGE; ./test.sh starts Azurite
/// and sets it. Each test works in tables of its own, named by a fresh prefix, and removes them.
/// </summary>
public sealed class AzuriteStorage : IAsyncLifetime
{
    public const string ConnectionVariable = "FOLLOWUP_TEST_STORAGE";

    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured ? configured : StorageOptions.LocalConnectionString;

    public async Task InitializeAsync()
    {
        // One quick probe with no retries, so a missing emulator fails in a second with advice
        // instead of after the SDK's back-off, as a confusing storage error in every test.
        var probe = new TableServiceClient(ConnectionString, new TableClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } });
        try
        {
            await foreach (var _ in probe.QueryAsync(maxPerPage: 1))
            {
                break;
            }
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            throw new InvalidOperationException(
                $"Azurite is not reachable ({ex.Message}). Run the tests with ./test.sh, which starts Azurite, " +
                $"or start it yourself (npx azurite-table --inMemoryPersistence) and set {ConnectionVariable}.",
                ex);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public TestTables CreateTables() => new(ConnectionString);
}
