using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Import;

public sealed class CommitmentImporterTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero));

    private static string Row(string id, string extra = "") =>
        ImportTestFiles.ValidJsonRow.Replace("customs-edi-mou", id, StringComparison.Ordinal)
            .Replace("\"sector\"", extra + "\"sector\"", StringComparison.Ordinal);

    [Fact]
    public async Task FileWithOneBadRowImportsNothingAndNamesThatRow()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var rows = await ImportTestFiles.ReadJsonAsync($"[{Row("first")}, {Row("second", "\"progress\": 101, ")}, {Row("third")}]");

        var report = await new CommitmentImporter(store, _time).ImportAsync(rows);

        Assert.False(report.Succeeded);
        Assert.Empty(report.Imported);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("item 2 ([1])", "second"), (problem.Location, problem.Id));
        Assert.Null(await store.GetAsync("first"));
        Assert.Null(await store.GetAsync("third"));
    }

    [Fact]
    public async Task ReimportingTheSameFileChangesNothing()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        var rows = await ImportTestFiles.ReadJsonAsync($"[{Row("first")}, {Row("second")}]");

        var first = await importer.ImportAsync(rows);
        var versions = (await store.GetAsync("first"))!.Version;
        _time.Advance(TimeSpan.FromDays(1));
        var second = await importer.ImportAsync(rows);

        Assert.Equal([ImportOutcome.Created, ImportOutcome.Created], first.Imported.Select(i => i.Outcome));
        Assert.Equal([ImportOutcome.Unchanged, ImportOutcome.Unchanged], second.Imported.Select(i => i.Outcome));
        Assert.Equal(versions, (await store.GetAsync("first"))!.Version);
        Assert.Equal(_time.GetUtcNow().AddDays(-1), (await store.GetAsync("first"))!.CreatedAt);
    }

    [Fact]
    public async Task ReimportUpdatesTheDefinitionButKeepsWhatOwnersReported()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync($"[{Row("first")}]"));
        var stored = (await store.GetAsync("first"))!;
        var report = new LastUpdate(_time.GetUtcNow(), "customs.pk@example.org", "Text agreed");
        await store.ReplaceAsync(stored with { Status = CommitmentStatus.InProgress, Progress = 80, LastUpdate = report });

        var result = await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(
            $"[{Row("first").Replace("Sign the customs EDI MoU", "Sign and ratify the customs EDI MoU", StringComparison.Ordinal)}]"));

        Assert.Equal(ImportOutcome.Updated, Assert.Single(result.Imported).Outcome);
        var after = (await store.GetAsync("first"))!;
        Assert.Equal("Sign and ratify the customs EDI MoU", after.Title);
        Assert.Equal((CommitmentStatus.InProgress, 80), (after.Status, after.Progress));
        Assert.Equal(report, after.LastUpdate);
    }

    [Fact]
    public async Task StatusGivenInTheFileOverridesTheStoredOne()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync($"[{Row("first")}]"));

        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync($"[{Row("first", "\"status\": \"completed\", ")}]"));

        var after = (await store.GetAsync("first"))!;
        Assert.Equal((CommitmentStatus.Completed, 100), (after.Status, after.Progress));
    }

    [Fact]
    public async Task StatusWithoutProgressInTheFileKeepsTheReportedProgress()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync($"[{Row("first")}]"));
        var stored = (await store.GetAsync("first"))!;
        await store.ReplaceAsync(stored with { Status = CommitmentStatus.InProgress, Progress = 60 });

        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync($"[{Row("first", "\"status\": \"Blocked\", ")}]"));

        var after = (await store.GetAsync("first"))!;
        Assert.Equal((CommitmentStatus.Blocked, 60), (after.Status, after.Progress));
    }

    [Fact]
    public async Task CsvAndJsonSamplesImportToTheSameRecords()
    {
        await using var fromJson = azurite.CreateTables();
        await using var fromCsv = azurite.CreateTables();

        var jsonStore = fromJson.CreateCommitmentStore();
        var csvStore = fromCsv.CreateCommitmentStore();
        await ImportSampleAsync(jsonStore, "joint-commission-8.json", CommitmentFileFormat.Json);
        await ImportSampleAsync(csvStore, "joint-commission-8.csv", CommitmentFileFormat.Csv);

        var json = await ReadAllAsync(jsonStore);
        var csv = await ReadAllAsync(csvStore);
        Assert.Equal(json.Select(c => c.Id), csv.Select(c => c.Id));
        Assert.All(json.Zip(csv), pair => Assert.True(CommitmentImporter.SameContent(pair.First, pair.Second), pair.First.Id));
    }

    private async Task ImportSampleAsync(Core.Storage.TableCommitmentStore store, string file, CommitmentFileFormat format)
    {
        await using var stream = File.OpenRead(RepositoryFiles.Path("samples", file));
        var report = await new CommitmentImporter(store, _time).ImportAsync(await CommitmentImporter.ReadAsync(stream, format));
        Assert.True(report.Succeeded);
    }

    private static async Task<List<Commitment>> ReadAllAsync(Core.Storage.TableCommitmentStore store)
    {
        var all = new List<Commitment>();
        await foreach (var c in store.QueryAsync(openOnly: false))
        {
            all.Add(c);
        }

        return all;
    }
}
