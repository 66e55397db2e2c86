using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Tests.TestSupport;

/// <summary>A test's own set of FollowUp tables in Azurite, deleted when the test ends.</summary>
public sealed class TestTables(string connectionString) : IAsyncDisposable
{
    public string Prefix { get; } = "t" + Guid.NewGuid().ToString("N")[..16];

    public string ConnectionString { get; } = connectionString;

    public TableServiceClient Service { get; } = new(connectionString);

    public FollowUpOptions Options => new()
    {
        Storage = new StorageOptions { ConnectionString = ConnectionString, TablePrefix = Prefix },
        Email = new EmailOptions { FromAddress = "followup-test@example.org" },
    };

    /// <summary>Settings for a host or the CLI that point it at these tables.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FollowUp:Storage:ConnectionString"] = ConnectionString,
        ["FollowUp:Storage:TablePrefix"] = Prefix,
    };

    public TableCommitmentStore CreateCommitmentStore() => new(Service, Microsoft.Extensions.Options.Options.Create(Options));

    public async ValueTask DisposeAsync()
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {Prefix} and TableName lt {Prefix + "~"}");
        await foreach (var table in Service.QueryAsync(filter))
        {
            await Service.DeleteTableAsync(table.Name);
        }
    }
}
