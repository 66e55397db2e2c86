using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class FreshLinkTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Promise = "If this address is registered, a fresh link is on its way.";

    [Fact]
    public async Task AnOwnerWithAnExpiredLinkIsSentOneFreshLinkToTheRegisteredAddress()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var expired = context.TokenFor(email: "COMMERCE.pk@Example.org");
        context.Time.Advance(TimeSpan.FromDays(31));

        var page = ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));

        Assert.Contains(Promise, page.Body, StringComparison.Ordinal);
        var (commitment, owner, link) = Assert.Single(context.Sender.Sent);
        Assert.Equal(ProgressTestContext.Id, commitment.Id);
        Assert.Equal(ProgressTestContext.Karachi, owner);
        Assert.Equal($"https://followup.example.org/api/commitments/{ProgressTestContext.Id}/progress", link.GetLeftPart(UriPartial.Path));
        var token = link.Query["?token=".Length..];
        ProgressAssert.IsHtml(200, await context.GetAsync(token));
    }

    [Fact]
    public async Task ASecondRequestWithinTheCooldownSendsNothingAndLooksTheSame()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var expired = context.TokenFor();
        context.Time.Advance(TimeSpan.FromDays(31));
        var first = ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));
        context.Time.Advance(TimeSpan.FromMinutes(59));

        var second = ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));

        Assert.Equal(first.Body, second.Body);
        Assert.Single(context.Sender.Sent);
    }

    [Fact]
    public async Task AfterTheCooldownAnotherFreshLinkIsSent()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var expired = context.TokenFor();
        context.Time.Advance(TimeSpan.FromDays(31));
        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));
        context.Time.Advance(TimeSpan.FromMinutes(60));

        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));

        Assert.Equal(2, context.Sender.Sent.Count);
    }

    [Fact]
    public async Task TheCooldownIsPerOwnerSoACoOwnerCanStillAsk()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var karachi = context.TokenFor();
        var baku = context.TokenFor(email: ProgressTestContext.Baku.Email);
        context.Time.Advance(TimeSpan.FromDays(31));

        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(karachi));
        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(baku));

        Assert.Equal([ProgressTestContext.Karachi.Email, ProgressTestContext.Baku.Email], context.Sender.Sent.Select(s => s.Owner.Email));
    }

    [Fact]
    public async Task SimultaneousClicksSendOneEmail()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var expired = context.TokenFor();
        context.Time.Advance(TimeSpan.FromDays(31));

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => context.RequestFreshLinkAsync(expired))));

        Assert.All(responses, r => ProgressAssert.IsHtml(202, r));
        Assert.Single(context.Sender.Sent);
    }

    [Fact]
    public async Task NoFreshLinkIsSentForAnAddressThatIsNotAnOwner()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var stranger = context.TokenFor(email: "someone@elsewhere.example.org");
        var removed = context.TokenFor(email: ProgressTestContext.Baku.Email);
        await context.Store.UpsertAsync(seeded with { Owners = [ProgressTestContext.Karachi] });
        context.Time.Advance(TimeSpan.FromDays(31));

        var forStranger = ProgressAssert.IsHtml(403, await context.RequestFreshLinkAsync(stranger));
        var forRemoved = ProgressAssert.IsHtml(403, await context.RequestFreshLinkAsync(removed));
        var forged = ProgressAssert.IsHtml(403, await context.RequestFreshLinkAsync("forged-token"));

        Assert.Equal(forged.Body, forStranger.Body);
        Assert.Equal(forged.Body, forRemoved.Body);
        Assert.Empty(context.Sender.Sent);
    }

    [Fact]
    public async Task AFailedSendIsReportedAndCanBeRetriedAtOnce()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var expired = context.TokenFor();
        context.Time.Advance(TimeSpan.FromDays(31));
        context.Sender.Accept = false;

        var failed = ProgressAssert.IsHtml(503, await context.RequestFreshLinkAsync(expired));
        context.Sender.Accept = true;
        var retried = ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));

        Assert.DoesNotContain(Promise, failed.Body, StringComparison.Ordinal);
        Assert.Contains(Promise, retried.Body, StringComparison.Ordinal);
        Assert.Single(context.Sender.Sent);
    }

    [Fact]
    public async Task RequestsAreRecordedPerCommitmentAndPerDayWithoutTheAddress()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var expired = context.TokenFor();
        context.Time.Advance(TimeSpan.FromDays(31));

        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(expired));

        var table = context.Tables.Service.GetTableClient(context.Tables.Options.Storage.LinkRequestsTable);
        var rows = await table.QueryAsync<Azure.Data.Tables.TableEntity>().ToListAsync();
        Assert.Equal([$"day|{context.Time.GetUtcNow():yyyy-MM-dd}", $"link|{ProgressTestContext.Id}"], rows.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.Single(rows.Select(r => r.PartitionKey).Distinct());
        Assert.DoesNotContain("@", rows[0].PartitionKey, StringComparison.Ordinal);
        Assert.Equal(context.Time.GetUtcNow(), rows.Single(r => r.RowKey.StartsWith("link|", StringComparison.Ordinal)).GetDateTimeOffset("RequestedAt"));
        Assert.DoesNotContain(rows.SelectMany(r => ((IDictionary<string, object>)r).Values), v => v is string s && s.Contains(ProgressTestContext.Karachi.Email, StringComparison.OrdinalIgnoreCase));
    }
}
