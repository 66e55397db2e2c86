using System.Text.Json;
using FollowUp.Tests.TestSupport;

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

    private static async Task<string> WriteTempAsync(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"followup-{Guid.NewGuid():N}.json");
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
