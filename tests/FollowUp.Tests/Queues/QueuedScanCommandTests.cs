using System.Text.Json;
using Azure.Storage.Queues;
using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;
using MimeKit;

namespace FollowUp.Tests.Queues;

/// <summary><c>followup scan --workers N</c>: the queued pipeline from the command line, on Azurite's queue service.</summary>
public sealed class QueuedScanCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
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
    public async Task ScanWithWorkersSendsEachOwnerOneDigestThroughTheQueue()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--workers", "3", "--format", "json");

        using var json = JsonDocument.Parse(scan.Output);
        Assert.Equal(8, json.RootElement.GetProperty("sent").GetInt32());
        var digests = Directory.GetFiles(_outbox, "*.eml").Select(f => MimeMessage.Load(f)).Where(m => m.Headers["X-FollowUp-Kind"] == "digest").ToList();
        Assert.Equal(8, digests.Select(m => m.To.Mailboxes.Single().Address).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(8, digests.Count);
        Assert.True(await Queue(tables).ExistsAsync());
        Assert.Equal(0, (await Queue(tables).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task DryRunWithWorkersPlansTheDigestsAndQueuesAndSendsNothing()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--workers", "3", "--dry-run", "--format", "json");

        Assert.Equal(0, scan.ExitCode);
        using var json = JsonDocument.Parse(scan.Output);
        Assert.Equal(0, json.RootElement.GetProperty("sent").GetInt32());
        Assert.Equal(8, json.RootElement.GetProperty("digests").GetArrayLength());
        Assert.False(Directory.Exists(_outbox) && Directory.EnumerateFiles(_outbox).Any());
        Assert.False(await Queue(tables).ExistsAsync());
    }

    private Dictionary<string, string?> Settings(TestTables tables) =>
        new(tables.Settings) { ["FollowUp:Email:OutboxPath"] = _outbox, ["FollowUp:Queues:DigestQueue"] = _queue };

    private QueueClient Queue(TestTables tables) =>
        new QueueServiceClient(tables.ConnectionString).GetQueueClient(_queue);
}
