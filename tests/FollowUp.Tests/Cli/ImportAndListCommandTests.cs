using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Cli;

public sealed class ImportAndListCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly string SampleJson = RepositoryFiles.Path("samples", "joint-commission-8.json");
    private static readonly string SampleCsv = RepositoryFiles.Path("samples", "joint-commission-8.csv");

    [Fact]
    public async Task ImportedSampleIsListedWithEveryCommitmentAndItsOwners()
    {
        await using var tables = azurite.CreateTables();

        var import = await CliRun.RunAsync(tables.Settings, "import", SampleJson);
        var list = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "json");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("16 created, 0 updated, 0 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(SampleJson));
        using var listed = JsonDocument.Parse(list.Output);
        var byId = listed.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(expected.RootElement.GetArrayLength(), byId.Count);
        foreach (var sample in expected.RootElement.EnumerateArray())
        {
            var row = byId[sample.GetProperty("id").GetString()!];
            Assert.Equal(sample.GetProperty("title").GetString(), row.GetProperty("title").GetString());
            Assert.Equal(
                sample.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("email").GetString()),
                row.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("email").GetString()));
        }
    }

    [Fact]
    public async Task FileWithABadRowExitsOneNamesTheRowAndImportsNothing()
    {
        await using var tables = azurite.CreateTables();
        var bad = Path.Combine(Path.GetTempPath(), $"followup-bad-{Guid.NewGuid():N}.json");
        var text = (await File.ReadAllTextAsync(SampleJson)).Replace("\"dueDate\": \"2026-12-10\"", "\"dueDate\": \"2026-12-32\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(bad, text);
        try
        {
            var import = await CliRun.RunAsync(tables.Settings, "import", bad);
            var list = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "json");

            Assert.Equal(1, import.ExitCode);
            Assert.Contains("item 4 ([3]) (id 'customs-edi-mou'): dueDate: '2026-12-32' is not a date", import.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was imported", import.Error, StringComparison.Ordinal);
            Assert.Equal("[]", list.Output.Trim());
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public async Task CsvSampleGivesTheSameListingAsTheJsonSample()
    {
        await using var fromJson = azurite.CreateTables();
        await using var fromCsv = azurite.CreateTables();

        Assert.Equal(0, (await CliRun.RunAsync(fromJson.Settings, "import", SampleJson)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(fromCsv.Settings, "import", SampleCsv)).ExitCode);

        var json = await CliRun.RunAsync(fromJson.Settings, "list", "--status", "all", "--format", "json");
        var csv = await CliRun.RunAsync(fromCsv.Settings, "list", "--status", "all", "--format", "json");
        Assert.Equal(json.Output, csv.Output);
    }

    [Fact]
    public async Task CsvListingImportsBackUnchanged()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(tables.Settings, "import", SampleJson);
        var listing = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "csv");
        var file = Path.Combine(Path.GetTempPath(), $"followup-listing-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, listing.Output);
        try
        {
            var again = await CliRun.RunAsync(tables.Settings, "import", file);

            Assert.Equal(0, again.ExitCode);
            Assert.Contains("0 created, 0 updated, 16 unchanged", again.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ListingEditedAndImportedBackKeepsWhatAnOwnerReportedSinceAndSaysSo()
    {
        await using var tables = azurite.CreateTables();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero));
        await CliRun.RunAsync(tables.Settings, time, "import", SampleJson);
        var listing = await CliRun.RunAsync(tables.Settings, time, "list", "--status", "all", "--format", "csv");
        time.Advance(TimeSpan.FromHours(3));
        var store = tables.CreateCommitmentStore();
        var stored = (await store.GetAsync("customs-edi-mou"))!;
        var report = new LastUpdate(time.GetUtcNow(), "customs.pk@example.org", "Signed in Baku");
        await store.ReplaceAsync(
            stored with { Status = CommitmentStatus.Completed, Progress = 100, LastUpdate = report },
            new ProgressEntry(report.At, report.By, stored.Status, CommitmentStatus.Completed, stored.Progress, 100, report.Note));
        time.Advance(TimeSpan.FromHours(1));
        var file = await WriteTempAsync(listing.Output.Replace("between the customs services", "between the two customs services", StringComparison.Ordinal), ".csv");

        var import = await CliRun.RunAsync(tables.Settings, time, "import", file);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("1 updated, 15 unchanged", import.Output, StringComparison.Ordinal);
        Assert.Contains(
            "kept what customs.pk@example.org reported at 2026-11-28 09:00 UTC (Completed, 100%) over the file's In progress, 70%",
            import.Output, StringComparison.Ordinal);
        Assert.Contains("--overwrite-reported", import.Output, StringComparison.Ordinal);
        var after = (await store.GetAsync("customs-edi-mou"))!;
        Assert.EndsWith("between the two customs services", after.Title, StringComparison.Ordinal);
        Assert.Equal((CommitmentStatus.Completed, 100), (after.Status, after.Progress));
    }

    [Fact]
    public async Task CsvListingRoundTripsCellsEscapedAgainstFormulas()
    {
        await using var tables = azurite.CreateTables();
        await tables.CreateCommitmentStore().AddAsync(TestCommitments.Bilateral() with
        {
            Title = "-Draft plan",
            Description = "'-already an apostrophe",
            EscalationEmail = "+ops@example.org",
            CreatedAt = DateTimeOffset.UnixEpoch,
        });
        var listing = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "csv");
        var file = await WriteTempAsync(listing.Output, ".csv");

        var again = await CliRun.RunAsync(tables.Settings, "import", file);

        Assert.Contains("\"'-Draft plan\"", listing.Output, StringComparison.Ordinal);
        Assert.Contains("\"'+ops@example.org\"", listing.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 created, 0 updated, 1 unchanged", again.Output, StringComparison.Ordinal);
        var stored = (await tables.CreateCommitmentStore().GetAsync(TestCommitments.Bilateral().Id))!;
        Assert.Equal(("-Draft plan", "'-already an apostrophe", "+ops@example.org"), (stored.Title, stored.Description, stored.EscalationEmail));
    }

    [Fact]
    public async Task AddressTooLongForALinkExitsOneNamesTheRowAndFieldAndImportsNothing()
    {
        await using var tables = azurite.CreateTables();
        var text = (await File.ReadAllTextAsync(SampleJson))
            .Replace("\"customs.az@example.org\"", $"\"{new string('é', 130)}@example.org\"", StringComparison.Ordinal);
        var file = await WriteTempAsync(text);

        var import = await CliRun.RunAsync(tables.Settings, "import", file);
        var list = await CliRun.RunAsync(tables.Settings, "list", "--status", "all", "--format", "json");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains(
            "item 4 ([3]) (id 'customs-edi-mou'): owners[1].email: is 272 bytes long in UTF-8 (lower-cased); a signed update link carries at most 254",
            import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", import.Error, StringComparison.Ordinal);
        Assert.Equal("[]", list.Output.Trim());
    }

    [Fact]
    public async Task ImportHelpNamesTheOptionThatOverwritesReports()
    {
        await using var tables = azurite.CreateTables();

        var help = await CliRun.RunAsync(tables.Settings, "import", "--help");

        Assert.Contains("--overwrite-reported", help.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all", 16)]
    [InlineData("open", 15)]
    [InlineData("overdue", 6)]
    public async Task StatusFilterSelectsOpenOrOverdueCommitments(string status, int expected)
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(tables.Settings, "import", SampleJson);
        await CliRun.RunAsync(tables.Settings, "import", await WriteTempAsync("""
            [{ "id": "pta-tariff-notices", "commission": "pak-aze-jc8", "title": "Publish the PTA tariff concessions", "sector": "trade",
               "dueDate": "2027-01-31", "status": "Completed",
               "owners": [{ "ministry": "Ministry of Commerce", "email": "commerce.pk@example.org", "timeZone": "Asia/Karachi" }] }]
            """));

        // On 5 January 2027 six sample deadlines have passed; one commitment has been completed.
        var january5 = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 1, 5, 12, 0, 0, TimeSpan.Zero));
        var list = await CliRun.RunAsync(tables.Settings, january5, "list", "--status", status, "--format", "json");

        using var listed = JsonDocument.Parse(list.Output);
        Assert.Equal(expected, listed.RootElement.GetArrayLength());
    }

    private static async Task<string> WriteTempAsync(string content, string extension = ".json")
    {
        var file = Path.Combine(Path.GetTempPath(), $"followup-{Guid.NewGuid():N}{extension}");
        await File.WriteAllTextAsync(file, content);
        return file;
    }

    [Fact]
    public async Task UnknownFormatIsAUsageErrorNotACrash()
    {
        await using var tables = azurite.CreateTables();

        var list = await CliRun.RunAsync(tables.Settings, "list", "--format", "xml");

        Assert.NotEqual(0, list.ExitCode);
        Assert.Contains("xml", list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedConnectionStringIsExplainedWithoutEchoingIt()
    {
        await using var tables = azurite.CreateTables();

        var list = await CliRun.RunAsync(tables.Settings, "list", "--connection", "AccountKey=c2VjcmV0;garbage");

        Assert.Equal(1, list.ExitCode);
        Assert.Contains("FollowUp:Storage:ConnectionString is not a storage connection string", list.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", list.Error, StringComparison.Ordinal);
    }
}
