using Azure.Core;
using Azure.Data.Tables;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

/// <summary>
/// A fresh-link claim (the commitment's row and the address's day count, one transaction) whose answer
/// was lost is retried by the storage client and fails on its own rows; its nonce shows it was ours.
/// </summary>
public sealed class FreshLinkLostAnswerTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    /// <summary>Loses the answer to the first fresh-link ledger write made after <see cref="Arm"/>.</summary>
    private sealed class LosingStorage
    {
        private int _armed;

        public LosingStorage(string connectionString)
        {
            Policy = new LostResponsePolicy(
                m => Volatile.Read(ref _armed) == 1 && m.Request.Method != RequestMethod.Get && m.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal),
                LostResponse.ConnectionDropped);
            var options = new TableClientOptions { Retry = { Delay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(10) } };
            options.AddPolicy(Policy, HttpPipelinePosition.PerRetry);
            Service = new TableServiceClient(connectionString, options);
        }

        public LostResponsePolicy Policy { get; }

        public TableServiceClient Service { get; }

        public void Arm() => Volatile.Write(ref _armed, 1);
    }

    private static async Task<TableEntity> DayRowAsync(ProgressTestContext context)
    {
        var table = context.Tables.Service.GetTableClient(context.Tables.Options.Storage.LinkRequestsTable);
        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        return Assert.Single(rows, r => r.RowKey.StartsWith("day|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFirstClaimWhoseAnswerWasLostIsRecognisedAsOursAndTheLinkGoesOutOnce()
    {
        var storage = new LosingStorage(azurite.ConnectionString);
        await using var context = new ProgressTestContext(azurite, storage: storage.Service);
        await context.SeedAsync();
        storage.Arm();

        var page = ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(context.TokenFor()));

        Assert.True(storage.Policy.HasLostOne);
        Assert.Contains("a fresh link is on its way", page.Body, StringComparison.Ordinal);
        Assert.Single(context.Sender.Sent);
        Assert.Equal(1, (await DayRowAsync(context)).GetInt32("Count"));
    }

    [Fact]
    public async Task AClaimAfterTheCooldownWhoseAnswerWasLostStillSendsOnceAndCountsOnce()
    {
        var storage = new LosingStorage(azurite.ConnectionString);
        await using var context = new ProgressTestContext(azurite, storage: storage.Service);
        await context.SeedAsync();
        var token = context.TokenFor();
        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(token));
        context.Time.Advance(TimeSpan.FromMinutes(60));
        storage.Arm();

        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(token));

        Assert.True(storage.Policy.HasLostOne);
        Assert.Equal(2, context.Sender.Sent.Count);
        Assert.Equal(2, (await DayRowAsync(context)).GetInt32("Count"));
    }

    [Fact]
    public async Task AReleaseWhoseAnswerWasLostStillGivesThePlaceBack()
    {
        var storage = new LosingStorage(azurite.ConnectionString);
        await using var context = new ProgressTestContext(azurite, storage: storage.Service);
        await context.SeedAsync();
        var token = context.TokenFor();
        context.Sender.Accept = false;
        var claimed = 0;
        context.Sender.BeforeSend = () =>
        {
            // Armed between the claim and the release, so it is the release's answer that is lost.
            if (Interlocked.Increment(ref claimed) == 1)
            {
                storage.Arm();
            }
        };

        ProgressAssert.IsHtml(503, await context.RequestFreshLinkAsync(token));
        context.Sender.Accept = true;
        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(token));

        Assert.True(storage.Policy.HasLostOne);
        Assert.Single(context.Sender.Sent);
        Assert.Equal(1, (await DayRowAsync(context)).GetInt32("Count"));
    }
}
