using System.Text.Json;
using FollowUp.Tests.TestSupport;
using MimeKit;

namespace FollowUp.Tests.Cli;

public sealed class ScanAndLinkCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private const string MondayMorning = "2026-11-30T05:00:00Z";
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), $"followup-outbox-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_outbox))
        {
            Directory.Delete(_outbox, recursive: true);
        }
    }

    private Dictionary<string, string?> Settings(TestTables tables) =>
        new Dictionary<string, string?>(tables.Settings) { ["FollowUp:Email:OutboxPath"] = _outbox };

    [Fact]
    public async Task DryRunJsonListsTheExpectedDigestsAndSendsNothing()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--dry-run", "--format", "json");

        Assert.Equal(0, scan.ExitCode);
        using var json = JsonDocument.Parse(scan.Output);
        var root = json.RootElement;
        Assert.Equal(MondayMorning, root.GetProperty("asOf").GetString());
        Assert.Equal((0, 0), (root.GetProperty("sent").GetInt32(), root.GetProperty("failed").GetInt32()));
        var digests = root.GetProperty("digests").EnumerateArray().ToList();
        Assert.Equal(8, digests.Count);
        var commerce = digests.Single(d => d.GetProperty("to").GetString() == "commerce.pk@example.org");
        var item = Assert.Single(commerce.GetProperty("items").EnumerateArray());
        Assert.Equal(
            ("pta-implementation-plan", "overdue", "2026-11-26", true),
            (item.GetProperty("commitmentId").GetString(), item.GetProperty("stage").GetString(), item.GetProperty("stageDate").GetString(), item.GetProperty("escalated").GetBoolean()));
        Assert.False(commerce.TryGetProperty("cc", out _));
        var escalation = root.GetProperty("escalations").EnumerateArray().Single(e => e.GetProperty("to").GetString() == "jc8-secretariat.pk@example.org");
        Assert.Equal("pta-implementation-plan", Assert.Single(escalation.GetProperty("items").EnumerateArray()).GetProperty("commitmentId").GetString());
        Assert.False(Directory.Exists(_outbox) && Directory.EnumerateFiles(_outbox).Any());
    }

    [Fact]
    public async Task RealRunWritesOneEmlPerOwnerAndARerunSendsNothing()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var first = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--format", "json");
        var second = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning, "--format", "json");

        using var firstJson = JsonDocument.Parse(first.Output);
        using var secondJson = JsonDocument.Parse(second.Output);
        Assert.Equal(8, firstJson.RootElement.GetProperty("sent").GetInt32());
        Assert.Equal(0, secondJson.RootElement.GetProperty("sent").GetInt32());
        Assert.Empty(secondJson.RootElement.GetProperty("digests").EnumerateArray());

        var all = Directory.GetFiles(_outbox, "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        var messages = all.Where(m => m.Headers["X-FollowUp-Kind"] == "digest").ToList();
        Assert.Equal(8, messages.Count);
        Assert.Equal(3, all.Count(m => m.Headers["X-FollowUp-Kind"] == "escalation"));
        Assert.All(all, m => Assert.Single(m.To.Mailboxes));
        Assert.Empty(all.SelectMany(m => m.Cc));
        Assert.Equal(8, messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        var commerce = messages.Single(m => m.To.Mailboxes.Single().Address == "commerce.pk@example.org");
        Assert.Contains("/api/commitments/pta-implementation-plan/progress?token=", commerce.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressNoLinkCanCarryIsPassedOverNamedAndTheScanExitsOneWithoutAStackTrace()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        // Written past the importer, which now refuses it: 292 bytes, more than a token carries.
        var tooLong = new string('a', 280) + "@example.org";
        var store = tables.CreateCommitmentStore();
        var cotton = (await store.GetAsync("cotton-research"))!;
        await store.UpsertAsync(cotton with { Owners = [cotton.Owners[0] with { Email = tooLong }, .. cotton.Owners.Skip(1)] });

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", MondayMorning);

        Assert.Equal(1, scan.ExitCode);
        Assert.Contains($"Passed over {tooLong} (digest for cotton-research)", scan.Output, StringComparison.Ordinal);
        Assert.Contains("Sent 7,", scan.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", scan.Output + scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanRejectsAnInstantThatIsNotIso8601()
    {
        await using var tables = azurite.CreateTables();

        var scan = await CliRun.RunAsync(Settings(tables), "scan", "--as-of", "next tuesday");

        Assert.NotEqual(0, scan.ExitCode);
        Assert.Contains("is not an ISO-8601 instant", scan.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkPrintsAnUpdateUrlForARegisteredOwnerOnly()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(Settings(tables), "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var link = await CliRun.RunAsync(Settings(tables), "link", "customs-edi-mou", "--owner", "customs.az@example.org");
        var stranger = await CliRun.RunAsync(Settings(tables), "link", "customs-edi-mou", "--owner", "someone@example.org");
        var missing = await CliRun.RunAsync(Settings(tables), "link", "no-such-thing");

        Assert.Equal(0, link.ExitCode);
        Assert.StartsWith("http://127.0.0.1:7071/api/commitments/customs-edi-mou/progress?token=", link.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal(1, stranger.ExitCode);
        Assert.Contains("is not an owner", stranger.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
    }
}
