using FollowUp.Core.Import;
using FollowUp.Core.Links;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Import;

/// <summary>The import file carries no link generation; a re-import must not bring revoked links back.</summary>
public sealed class ReimportKeepsLinkGenerationTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Id = "customs-edi-mou";
    private const string Owner = "customs.pk@example.org";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ReimportingAFileKeepsTheRevokedOwnersLinkGeneration()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        var file = "[" + ImportTestFiles.ValidJsonRow + "]";
        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(file));
        Assert.IsType<RevokeOutcome.Revoked>(await new RevokeOwnerLinks(store, NullLogger<RevokeOwnerLinks>.Instance).RevokeAsync(Id, Owner));

        var edited = file.Replace("Sign the customs EDI MoU", "Sign the customs EDI memorandum", StringComparison.Ordinal);
        var report = await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(edited));

        Assert.True(report.Succeeded);
        var stored = (await store.GetAsync(Id))!;
        Assert.Equal("Sign the customs EDI memorandum", stored.Title);
        Assert.Equal(1, stored.FindOwner(Owner)!.LinkGeneration);
    }

    [Fact]
    public async Task ReimportingTheSameFileAfterARevokeChangesNothing()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var importer = new CommitmentImporter(store, _time);
        var file = "[" + ImportTestFiles.ValidJsonRow + "]";
        await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(file));
        await new RevokeOwnerLinks(store, NullLogger<RevokeOwnerLinks>.Instance).RevokeAsync(Id, Owner);

        var report = await importer.ImportAsync(await ImportTestFiles.ReadJsonAsync(file));

        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(report.Imported).Outcome);
    }
}
