using Azure.Data.Tables;
using Azure.Storage.Blobs;
using FollowUp.Core.Backup;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Backup;

/// <summary>
/// A test's own tables (a fresh prefix) and backup container in Azurite, both removed at the end,
/// with FollowUp's services over them and a fake clock.
/// </summary>
internal sealed class BackupTestContext : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 30, 0, TimeSpan.Zero);

    private BackupTestContext(AzuriteStorage azurite, IReadOnlyDictionary<string, string?>? extraSettings)
    {
        Tables = azurite.CreateTables();
        Container = Tables.Prefix.ToLowerInvariant() + "-backups";
        Settings = new Dictionary<string, string?>(Tables.Settings) { ["FollowUp:Storage:BackupContainer"] = Container };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }

        Services = Tables.BuildServices(services => services.AddSingleton<TimeProvider>(Time), Settings);
        Blobs = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Container);
    }

    public TestTables Tables { get; }

    public string Container { get; }

    public Dictionary<string, string?> Settings { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public ServiceProvider Services { get; }

    public BlobContainerClient Blobs { get; }

    public TableExport Export => Services.GetRequiredService<TableExport>();

    public TableRestore Restore => Services.GetRequiredService<TableRestore>();

    public static BackupTestContext Create(AzuriteStorage azurite, IReadOnlyDictionary<string, string?>? extraSettings = null) => new(azurite, extraSettings);

    public TableClient Table(string suffix) => Tables.Service.GetTableClient(Tables.Prefix + suffix);

    /// <summary>Every table of the prefix, each as its rows (keys, properties and their .NET types as the SDK read them), in key order.</summary>
    public async Task<SortedDictionary<string, List<string>>> SnapshotAsync()
    {
        var snapshot = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {Tables.Prefix} and TableName lt {Tables.Prefix + "~"}");
        await foreach (var table in Tables.Service.QueryAsync(filter))
        {
            var rows = new List<string>();
            await foreach (var entity in Tables.Service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add(Describe(entity));
            }

            snapshot[table.Name] = rows;
        }

        return snapshot;
    }

    public async Task DeleteTablesAsync()
    {
        foreach (var table in (await SnapshotAsync()).Keys)
        {
            await Tables.Service.DeleteTableAsync(table);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Blobs.DeleteIfExistsAsync();
        await Tables.DisposeAsync();
    }

    private static string Describe(TableEntity entity) => string.Join(
        "; ",
        entity.Where(p => p.Key != "Timestamp" && !p.Key.StartsWith("odata.", StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value?.GetType().Name}:{Value(p.Value)}"));

    private static string Value(object? value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        BinaryData data => Convert.ToBase64String(data.ToArray()),
        DateTimeOffset instant => instant.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };
}
