using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>Test-only key material: 32 bytes, base64.</summary>
    public const string SigningSecret = "dGVzdC1vbmx5LXNpZ25pbmcta2V5LTAxMjM0NTY3ODk=";

    /// <summary>Settings for a host or the CLI that point it at these tables.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FollowUp:PublicBaseUrl"] = "http://127.0.0.1:7071",
        ["FollowUp:Storage:ConnectionString"] = ConnectionString,
        ["FollowUp:Storage:TablePrefix"] = Prefix,
        ["FollowUp:Email:FromAddress"] = "followup-test@example.org",
        ["FollowUp:Reminders:EscalationCc"] = "jc-secretariat@example.org",
        ["FollowUp:Links:SigningKeys:0:Id"] = "test1",
        ["FollowUp:Links:SigningKeys:0:Secret"] = SigningSecret,
    };

    /// <summary>The services every host registers, on these tables; <paramref name="configure"/> swaps in fakes.</summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).AddInMemoryCollection(extraSettings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFollowUpCore(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

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
