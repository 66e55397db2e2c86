using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Queues;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Queues;

/// <summary>
/// <c>FollowUp:Storage:CreateIfMissing</c> false, as in Azure: Bicep created the delivery queue and its
/// poison queue, and the app's queue roles do not grant creating one.
/// </summary>
public sealed class DeployedQueueCreationTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The tables as the deployment leaves them; the queues as each test needs them.</summary>
    private static async Task<QueueHarness> CreationOffAsync(AzuriteStorage azurite)
    {
        var h = new QueueHarness(azurite, Monday, o => o.Storage.CreateIfMissing = false);
        var storage = h.Scan.Get<IOptions<FollowUpOptions>>().Value.Storage;
        var tables = new TableServiceClient(h.Scan.ConnectionString);
        await tables.CreateTableIfNotExistsAsync(storage.CommitmentsTable);
        await tables.CreateTableIfNotExistsAsync(storage.SendLedgerTable);
        await tables.CreateTableIfNotExistsAsync(storage.OwnerIndexTable);
        return h;
    }

    [Fact]
    public async Task PlanningWithCreationOffDoesNotCreateAMissingQueue()
    {
        await using var h = await CreationOffAsync(azurite);
        await h.Scan.SeedAsync(TestCommitments.Bilateral(due: new DateOnly(2026, 11, 20)) with { Owners = [TestCommitments.Karachi] });

        var plan = await h.Enqueuer.RunAsync(Monday);

        Assert.Equal(0, plan.Queued);
        Assert.Single(plan.SkippedAddresses);
        Assert.False(await h.Queue.ExistsAsync());
    }

    [Fact]
    public async Task PlanningWithCreationOffQueuesOnTheQueueTheDeploymentCreated()
    {
        await using var h = await CreationOffAsync(azurite);
        await h.Queue.CreateAsync();
        await h.Scan.SeedAsync(TestCommitments.Bilateral(due: new DateOnly(2026, 11, 20)) with { Owners = [TestCommitments.Karachi] });

        var plan = await h.Enqueuer.RunAsync(Monday);

        Assert.Equal(1, plan.Queued);
        Assert.Single(await h.PeekAsync());
    }

    [Fact]
    public async Task PoisoningWithCreationOffDoesNotCreateAMissingPoisonQueue()
    {
        await using var h = await CreationOffAsync(azurite);
        await h.Queue.CreateAsync();
        await h.Queue.SendMessageAsync("not FollowUp's");
        var store = h.Scan.Services.GetRequiredService<DigestQueueStore>();
        var message = await store.ReceiveAsync(TimeSpan.FromMinutes(1));

        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => store.PoisonAsync(message!));

        Assert.False(await h.Poison.ExistsAsync());
    }
}
