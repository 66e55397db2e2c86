using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

/// <summary><c>Links:FreshLinksPerAddressPerDay</c> (5 by default): fresh links per address per UTC day, whatever the commitments.</summary>
public sealed class FreshLinkDailyCapTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static string[] Ids(int count) => [.. Enumerable.Range(1, count).Select(i => $"commitment-{i:D2}")];

    private static async Task<Dictionary<string, string>> SeedAsync(ProgressTestContext context, int count)
    {
        var tokens = new Dictionary<string, string>();
        foreach (var id in Ids(count))
        {
            await context.SeedAsync(TestCommitments.Bilateral(id));
            tokens[id] = context.TokenFor(id);
        }

        return tokens;
    }

    private static Task<ProgressResponse> AskAsync(ProgressTestContext context, string id, string token, string? accept = null) =>
        context.SendAsync(new ProgressRequest
        {
            Method = "POST",
            Route = ProgressRoute.FreshLink,
            CommitmentId = id,
            Token = token,
            Accept = accept,
            ContentType = "application/x-www-form-urlencoded",
            ContentLength = 0,
            Body = Stream.Null,
        });

    [Fact]
    public async Task TheSixthFreshLinkOfADayAcrossCommitmentsIsNotSentAndReadsLikeASentOne()
    {
        await using var context = new ProgressTestContext(azurite);
        var tokens = await SeedAsync(context, 6);
        var pages = new List<ProgressResponse>();

        foreach (var (id, token) in tokens)
        {
            pages.Add(ProgressAssert.IsHtml(202, await AskAsync(context, id, token)));
        }

        Assert.Equal(Ids(5), context.Sender.Sent.Select(s => s.Commitment.Id));
        Assert.Equal(pages[4].Body, pages[5].Body);
    }

    [Fact]
    public async Task TheJsonTwinOfACappedRequestReadsLikeASentOne()
    {
        await using var context = new ProgressTestContext(azurite);
        var tokens = await SeedAsync(context, 6);
        var answers = new List<ProgressResponse>();

        foreach (var (id, token) in tokens)
        {
            answers.Add(ProgressAssert.IsJson(202, await AskAsync(context, id, token, accept: "application/json")));
        }

        Assert.Equal(5, context.Sender.Sent.Count);
        Assert.Equal(answers[4].Body, answers[5].Body);
    }

    [Fact]
    public async Task TheCapIsPerAddressSoACoOwnerCanStillAsk()
    {
        await using var context = new ProgressTestContext(azurite);
        var tokens = await SeedAsync(context, 5);
        foreach (var (id, token) in tokens)
        {
            await AskAsync(context, id, token);
        }

        ProgressAssert.IsHtml(202, await AskAsync(context, "commitment-01", context.TokenFor("commitment-01", TestCommitments.Baku.Email)));

        Assert.Equal(TestCommitments.Baku.Email, context.Sender.Sent.Last().Owner.Email);
        Assert.Equal(6, context.Sender.Sent.Count);
    }

    [Fact]
    public async Task TheCountStartsAgainAtMidnightUtcNotAtTheOwnersMidnight()
    {
        await using var context = new ProgressTestContext(azurite);
        var tokens = await SeedAsync(context, 6);
        foreach (var id in Ids(5))
        {
            await AskAsync(context, id, tokens[id]);
        }

        // 19:30 UTC is already the next day in Karachi (UTC+5), the owner's zone; the UTC day is not over.
        context.Time.SetUtcNow(new DateTimeOffset(2026, 3, 2, 19, 30, 0, TimeSpan.Zero));
        await AskAsync(context, "commitment-06", tokens["commitment-06"]);
        var beforeUtcMidnight = context.Sender.Sent.Count;
        context.Time.SetUtcNow(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero));
        await AskAsync(context, "commitment-06", tokens["commitment-06"]);

        Assert.Equal(5, beforeUtcMidnight);
        Assert.Equal("commitment-06", context.Sender.Sent.Last().Commitment.Id);
        Assert.Equal(6, context.Sender.Sent.Count);
    }

    [Fact]
    public async Task TwentySimultaneousRequestsForTwentyCommitmentsSendFive()
    {
        await using var context = new ProgressTestContext(azurite);
        var tokens = await SeedAsync(context, 20);

        var responses = await Task.WhenAll(tokens.Select(t => Task.Run(() => AskAsync(context, t.Key, t.Value))));

        Assert.All(responses, r => ProgressAssert.IsHtml(202, r));
        Assert.Equal(5, context.Sender.Sent.Count);
    }

    [Fact]
    public async Task AFailedSendGivesItsPlaceInTheDayBack()
    {
        await using var context = new ProgressTestContext(azurite);
        var tokens = await SeedAsync(context, 6);
        context.Sender.Accept = false;
        ProgressAssert.IsHtml(503, await AskAsync(context, "commitment-01", tokens["commitment-01"]));
        context.Sender.Accept = true;

        foreach (var id in Ids(6)[1..])
        {
            await AskAsync(context, id, tokens[id]);
        }

        Assert.Equal(Ids(6)[1..], context.Sender.Sent.Select(s => s.Commitment.Id));
    }

    [Fact]
    public async Task TheCapFollowsTheConfiguredNumber()
    {
        await using var context = new ProgressTestContext(azurite, configure: o => o.Links.FreshLinksPerAddressPerDay = 2);
        var tokens = await SeedAsync(context, 3);

        foreach (var (id, token) in tokens)
        {
            await AskAsync(context, id, token);
        }

        Assert.Equal(Ids(2), context.Sender.Sent.Select(s => s.Commitment.Id));
    }
}
