using System.Text.Json;
using System.Text.Json.Nodes;
using FollowUp.Core.Import;
using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Intake;

/// <summary>The intake's output goes through the real importer: refused while owners are empty, imported once they are filled.</summary>
public sealed class DraftImportTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>, IDisposable
{
    private static readonly string Outcome = IntakeAnnotations.FixturePath("pak-aze-jc8.txt");
    private readonly string _folder = Directory.CreateTempSubdirectory("followup-intake-").FullName;

    [Fact]
    public async Task JsonDraftsImportOnceOwnersAreFilledIn()
    {
        await using var tables = azurite.CreateTables();
        var drafts = await IntakeAsync(tables, "drafts.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(drafts))!.AsArray();
        foreach (var owner in json.SelectMany(d => d!["owners"]!.AsArray()))
        {
            var pakistan = (string?)owner!["timeZone"] == "Asia/Karachi";
            owner["ministry"] = pakistan ? "Ministry of Commerce" : "Ministry of Economy";
            owner["email"] = pakistan ? "commerce.pk@example.org" : "economy.az@example.org";
        }

        var filled = Path.Combine(_folder, "filled.json");
        await File.WriteAllTextAsync(filled, json.ToJsonString());

        var import = await CliRun.RunAsync(tables.Settings, "import", filled);
        var list = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "json");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"{json.Count} created, 0 updated, 0 unchanged", import.Output, StringComparison.Ordinal);
        using var listed = JsonDocument.Parse(list.Output);
        Assert.Equal(
            json.Select(d => ((string?)d!["id"], (string?)d["title"], (string?)d["dueDate"])),
            listed.RootElement.EnumerateArray().Select(c => (c.GetProperty("id").GetString(), c.GetProperty("title").GetString(), c.GetProperty("dueDate").GetString())));
    }

    [Fact]
    public async Task CsvDraftsImportOnceOwnersAreFilledIn()
    {
        await using var tables = azurite.CreateTables();
        var drafts = await IntakeAsync(tables, "drafts.csv");
        var text = (await File.ReadAllTextAsync(drafts))
            .Replace(",,,Asia/Karachi,", ",Ministry of Commerce,commerce.pk@example.org,Asia/Karachi,", StringComparison.Ordinal)
            .Replace(",,,Asia/Baku,", ",Ministry of Economy,economy.az@example.org,Asia/Baku,", StringComparison.Ordinal);
        var filled = Path.Combine(_folder, "filled.csv");
        await File.WriteAllTextAsync(filled, text);

        var import = await CliRun.RunAsync(tables.Settings, "import", filled);

        Assert.Equal((0, ""), (import.ExitCode, import.Error));
        Assert.Contains("11 created, 0 updated, 0 unchanged", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftsWithoutOwnersAreRefusedNamingEachMissingFieldPerRow()
    {
        await using var tables = azurite.CreateTables();
        var drafts = await IntakeAsync(tables, "drafts.json");

        var import = await CliRun.RunAsync(tables.Settings, "import", drafts);
        var list = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "json");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("11 of 11 rows are invalid; nothing was imported.", import.Error, StringComparison.Ordinal);
        var lines = import.Error.Split('\n').Where(l => l.Contains("(id 'pak-aze-jc8-01')", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(
            [
                "item 1 ([0]) (id 'pak-aze-jc8-01'): owners[0].email: is required",
                "item 1 ([0]) (id 'pak-aze-jc8-01'): owners[0].ministry: is required",
                "item 1 ([0]) (id 'pak-aze-jc8-01'): owners[1].email: is required",
                "item 1 ([0]) (id 'pak-aze-jc8-01'): owners[1].ministry: is required",
            ],
            lines.Order(StringComparer.Ordinal));
        Assert.Equal("[]", list.Output.Trim());
    }

    [Fact]
    public void BlankOwnerAddressAndZoneAreReportedAsRequired()
    {
        var raw = new RawCommitment();
        raw.Owners.Add(new Dictionary<string, string?>(StringComparer.Ordinal) { [ImportFields.OwnerMinistry] = "Ministry of Commerce", [ImportFields.OwnerEmail] = " " });

        var row = CommitmentDraft.Interpret("line 2", raw);

        Assert.Contains(new("owners[0].email", "is required"), row.Errors);
        Assert.Contains(new("owners[0].timeZone", "is required"), row.Errors);
        Assert.DoesNotContain(row.Errors, e => e.Message.Contains("is not an", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> IntakeAsync(TestTables tables, string name)
    {
        var output = Path.Combine(_folder, name);
        var run = await CliRun.RunAsync(tables.Settings, "intake", Outcome, "--commission", "pak-aze-jc8", "--output", output);
        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        return output;
    }
}
