using System.Text.Json;
using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;
using MimeKit;

namespace FollowUp.Tests.Queues;

/// <summary><c>followup scan --shards N</c>: the read split over the owner index, from the command line.</summary>
public sealed class ShardedScanCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private const string MondayMorning = "2026-11-30T05:00:00Z";
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), $"followup-outbox-{Guid.NewGuid():N}");
    private readonly string _queue = "t" + Guid.NewGuid().ToString("N")[..20];

    public void Dispose()
    {
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    [Fact]
    public async Task ShardedDryRunPlansWhatTheFullReadPlans()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var full = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--dry-run", "--format", "json");
        var sharded = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--dry-run", "--shards", "8", "--format", "json");

        Assert.Equal((0, 0), (full.ExitCode, sharded.ExitCode));
        Assert.Equal(Digests(full.Output), Digests(sharded.Output));
        Assert.Equal(8, Digests(sharded.Output).Count);
    }

    [Fact]
    public async Task ShardsWithWorkersSendEachOwnerOneDigestThroughTheQueue()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--shards", "4", "--workers", "2", "--format", "json");

        using var json = JsonDocument.Parse(scan.Output);
        Assert.Equal(8, json.RootElement.GetProperty("sent").GetInt32());
        var digests = Directory.GetFiles(_outbox, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.Headers["X-FollowUp-Kind"] == "digest").ToList();
        Assert.Equal(8, digests.Select(m => m.To.Mailboxes.Single().Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    public async Task ShardsOutOfRangeAreRefusedNamingTheOption(string shards)
    {
        await using var tables = azurite.CreateTables();

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--shards", shards);

        Assert.NotEqual(0, scan.ExitCode);
        Assert.Contains($"--shards: {shards} is not between 1 and 64", scan.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", scan.Output + scan.Error, StringComparison.Ordinal);
    }

    private static List<string> Digests(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("digests").EnumerateArray().Select(d => d.GetRawText()).Order(StringComparer.Ordinal)];
    }

    private Dictionary<string, string?> Settings(TestTables tables) =>
        new(tables.Settings) { ["FollowUp:Email:OutboxPath"] = _outbox, ["FollowUp:Queues:DigestQueue"] = _queue, ["FollowUp:Queues:ShardQueue"] = _queue + "-s" };
}
