using Azure.Data.Tables;

namespace FollowUp.Bench.Tests;

/// <summary>A test's own table prefix: the settings that point a benchmark at it, and what it left there.</summary>
public sealed class BenchPrefix(string connectionString) : IAsyncDisposable
{
    public string Prefix { get; } = "t" + Guid.NewGuid().ToString("N")[..16];

    public TableServiceClient Service { get; } = new(connectionString);

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FollowUp:Storage:ConnectionString"] = connectionString,
        ["FollowUp:Storage:TablePrefix"] = Prefix,
    };

    public async Task<List<string>> TableNamesAsync()
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {Prefix} and TableName lt {Prefix + "~"}");
        var names = new List<string>();
        await foreach (var table in Service.QueryAsync(filter))
        {
            names.Add(table.Name);
        }

        return names;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in await TableNamesAsync())
        {
            await Service.DeleteTableAsync(name);
        }
    }
}
