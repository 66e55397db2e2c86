using Azure.Core;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Storage;

/// <summary>
/// A write can take effect and lose its answer; the SDK then sends it again and the service answers
/// 409 or 412. These run the SDK's own retry against Azurite, with the first answer lost.
/// </summary>
public sealed class RetriedCommitmentWriteTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(5));

    [Theory]
    [InlineData(LostResponse.ServiceUnavailable)]
    [InlineData(LostResponse.ConnectionDropped)]
    public async Task OwnersSaveWhoseAnswerWasLostIsSavedWithExactlyOneHistoryLine(LostResponse how)
    {
        await using var tables = azurite.CreateTables();
        await tables.CreateCommitmentStore().AddAsync(TestCommitments.Bilateral());
        var (store, lost) = StoreLosingFirstWrite(tables, how);
        var read = (await store.GetAsync(TestCommitments.Bilateral().Id))!;
        var report = new ProgressEntry(Morning, "commerce.pk@example.org", read.Status, CommitmentStatus.InProgress, 0, 40, "Draft plan shared");

        var result = await store.ReplaceAsync(read with { Status = CommitmentStatus.InProgress, Progress = 40 }, report);

        Assert.True(lost.HasLostOne);
        var saved = Assert.IsType<SaveResult.Saved>(result);
        var stored = (await store.GetAsync(read.Id))!;
        Assert.Equal(stored.Version, saved.Commitment.Version);
        Assert.Equal(40, stored.Progress);
        Assert.Equal("Draft plan shared", Assert.Single(await store.GetHistoryAsync(read.Id, 10)).Note);
    }

    [Fact]
    public async Task ReplaceWithoutHistoryWhoseAnswerWasLostIsSaved()
    {
        await using var tables = azurite.CreateTables();
        await tables.CreateCommitmentStore().AddAsync(TestCommitments.Bilateral());
        var (store, lost) = StoreLosingFirstWrite(tables, LostResponse.ServiceUnavailable);
        var read = (await store.GetAsync(TestCommitments.Bilateral().Id))!;

        var result = await store.ReplaceAsync(read with { Title = "Agree and sign a joint plan" });

        Assert.True(lost.HasLostOne);
        var saved = Assert.IsType<SaveResult.Saved>(result);
        Assert.Equal((await store.GetAsync(read.Id))!.Version, saved.Commitment.Version);
    }

    [Theory]
    [InlineData(LostResponse.ServiceUnavailable)]
    [InlineData(LostResponse.ConnectionDropped)]
    public async Task AddWhoseAnswerWasLostIsSavedNotAConflict(LostResponse how)
    {
        await using var tables = azurite.CreateTables();
        var (store, lost) = StoreLosingFirstWrite(tables, how);

        var result = await store.AddAsync(TestCommitments.Bilateral());

        Assert.True(lost.HasLostOne);
        var saved = Assert.IsType<SaveResult.Saved>(result);
        Assert.Equal((await store.GetAsync(TestCommitments.Bilateral().Id))!.Version, saved.Commitment.Version);
    }

    [Theory]
    [InlineData(LostResponse.ServiceUnavailable)]
    [InlineData(LostResponse.ConnectionDropped)]
    public async Task AddWithAHistoryLineWhoseAnswerWasLostIsSavedWithExactlyThatLine(LostResponse how)
    {
        await using var tables = azurite.CreateTables();
        var (store, lost) = StoreLosingFirstWrite(tables, how);
        var line = new ProgressEntry(Morning, "amina@secretariat.example.org", CommitmentStatus.NotStarted, CommitmentStatus.NotStarted, 0, 0, "Added in the workspace");

        var result = await store.AddAsync(TestCommitments.Bilateral(), line);

        Assert.True(lost.HasLostOne);
        var saved = Assert.IsType<SaveResult.Saved>(result);
        Assert.Equal((await store.GetAsync(TestCommitments.Bilateral().Id))!.Version, saved.Commitment.Version);
        Assert.Equal("Added in the workspace", Assert.Single(await store.GetHistoryAsync(TestCommitments.Bilateral().Id, 10)).Note);
    }

    private static (TableCommitmentStore Store, LostResponsePolicy Lost) StoreLosingFirstWrite(TestTables tables, LostResponse how)
    {
        var lost = new LostResponsePolicy(LostResponsePolicy.WritesTo(tables.Options.Storage.CommitmentsTable), how);
        var clientOptions = new TableClientOptions { Retry = { Mode = RetryMode.Fixed, Delay = TimeSpan.FromMilliseconds(1), MaxRetries = 2 } };
        clientOptions.AddPolicy(lost, HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(tables.ConnectionString, clientOptions);
        return (new TableCommitmentStore(service, Microsoft.Extensions.Options.Options.Create(tables.Options)), lost);
    }
}
