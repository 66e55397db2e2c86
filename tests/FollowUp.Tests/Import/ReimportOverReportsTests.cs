using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Import;

/// <summary>What a re-import does with status and progress that owners reported.</summary>
public sealed class ReimportOverReportsTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Id = "customs-edi-mou";
    private const string Owner = "customs.pk@example.org";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero));

    private static string Row(string status, int progress, string title = "Sign the customs EDI MoU") =>
        "[" + ImportTestFiles.ValidJsonRow
            .Replace("Sign the customs EDI MoU", title, StringComparison.Ordinal)
            .Replace("\"sector\"", $"\"status\": \"{status}\", \"progress\": {progress}, \"sector\"", StringComparison.Ordinal) + "]";

    [Fact]
    public async Task ReimportOfAnOlderFileKeepsWhatAnOwnerReportedSinceAndSaysSo()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await ImportAsync(importer, Row("NotStarted", 0));
        _time.Advance(TimeSpan.FromHours(1));
        var report = await OwnerReportsAsync(store, CommitmentStatus.InProgress, 40);
        _time.Advance(TimeSpan.FromHours(1));

        var result = await ImportAsync(importer, Row("NotStarted", 0, title: "Sign the customs EDI memorandum"));

        var after = (await store.GetAsync(Id))!;
        Assert.Equal("Sign the customs EDI memorandum", after.Title);
        Assert.Equal((CommitmentStatus.InProgress, 40), (after.Status, after.Progress));
        var row = Assert.Single(result.Imported);
        Assert.Equal(ImportOutcome.Updated, row.Outcome);
        Assert.Equal(new KeptReport(CommitmentStatus.NotStarted, 0, CommitmentStatus.InProgress, 40, report), row.Kept);
        Assert.Equal(Owner, Assert.Single(await store.GetHistoryAsync(Id, 10)).By);
    }

    [Fact]
    public async Task StatusSetByAnImportIsWrittenWithAHistoryLineFromTheSecretariat()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await ImportAsync(importer, Row("NotStarted", 0));
        _time.Advance(TimeSpan.FromDays(1));

        var result = await ImportAsync(importer, Row("Blocked", 10));

        var line = Assert.Single(await store.GetHistoryAsync(Id, 10));
        Assert.Equal(
            new ProgressEntry(_time.GetUtcNow(), ProgressEntry.ByImport, CommitmentStatus.NotStarted, CommitmentStatus.Blocked, 0, 10, null, null, ProgressSource.Import),
            line);
        Assert.False(CommitmentValidator.IsEmail(line.By));
        Assert.Equal(line, Assert.Single(result.Imported).StatusChange);
        Assert.Equal((CommitmentStatus.Blocked, 10), ((await store.GetAsync(Id))!.Status, (await store.GetAsync(Id))!.Progress));
    }

    [Fact]
    public async Task OverwriteReportedLetsTheFileReplaceAnOwnersReportWithAHistoryLine()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await ImportAsync(importer, Row("NotStarted", 0));
        _time.Advance(TimeSpan.FromHours(1));
        await OwnerReportsAsync(store, CommitmentStatus.InProgress, 40);
        _time.Advance(TimeSpan.FromHours(1));

        var result = await ImportAsync(importer, Row("Blocked", 40), ReportedValues.Overwrite);

        Assert.Null(Assert.Single(result.Imported).Kept);
        Assert.Equal(CommitmentStatus.Blocked, (await store.GetAsync(Id))!.Status);
        var history = await store.GetHistoryAsync(Id, 10);
        Assert.Equal([ProgressSource.Import, ProgressSource.Owner], history.Select(h => h.Source));
        Assert.Equal((CommitmentStatus.InProgress, CommitmentStatus.Blocked), (history[0].OldStatus, history[0].NewStatus));
    }

    [Fact]
    public async Task FileThatRepeatsTheStoredStatusAndProgressChangesNothing()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await ImportAsync(importer, Row("NotStarted", 0));
        _time.Advance(TimeSpan.FromHours(1));
        await OwnerReportsAsync(store, CommitmentStatus.InProgress, 40);
        var version = (await store.GetAsync(Id))!.Version;
        _time.Advance(TimeSpan.FromHours(1));

        var result = await ImportAsync(importer, Row("InProgress", 40));

        var row = Assert.Single(result.Imported);
        Assert.Equal((ImportOutcome.Unchanged, null, null), (row.Outcome, row.Kept, row.StatusChange));
        Assert.Equal(version, (await store.GetAsync(Id))!.Version);
        Assert.Single(await store.GetHistoryAsync(Id, 10));
    }

    [Fact]
    public async Task FileAppliesAgainOnceTheSecretariatSetTheValuesAfterTheLastReport()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        await ImportAsync(importer, Row("NotStarted", 0));
        _time.Advance(TimeSpan.FromHours(1));
        await OwnerReportsAsync(store, CommitmentStatus.InProgress, 40);
        _time.Advance(TimeSpan.FromHours(1));
        await ImportAsync(importer, Row("Blocked", 40), ReportedValues.Overwrite);
        _time.Advance(TimeSpan.FromHours(1));

        var result = await ImportAsync(importer, Row("InProgress", 50));

        Assert.Null(Assert.Single(result.Imported).Kept);
        var after = (await store.GetAsync(Id))!;
        Assert.Equal((CommitmentStatus.InProgress, 50), (after.Status, after.Progress));
        Assert.Equal(3, (await store.GetHistoryAsync(Id, 10)).Count);
    }

    private static async Task<ImportReport> ImportAsync(CommitmentImporter importer, string json, ReportedValues reported = ReportedValues.Keep)
    {
        var report = await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(json), reported);
        Assert.True(report.Succeeded, string.Join("; ", report.Problems.SelectMany(p => p.Errors)));
        return report;
    }

    /// <summary>Saves a report as the update page does: the new values, the last update, and its history line in one write.</summary>
    private async Task<LastUpdate> OwnerReportsAsync(TableCommitmentStore store, CommitmentStatus status, int progress)
    {
        var current = (await store.GetAsync(Id))!;
        var now = _time.GetUtcNow();
        var update = new LastUpdate(now, Owner, "Reported by the owner");
        var entry = new ProgressEntry(now, Owner, current.Status, status, current.Progress, progress, update.Note);
        Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(current with { Status = status, Progress = progress, LastUpdate = update }, entry));
        return update;
    }
}
