using FollowUp.Core.Links;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace FollowUp.Tests.Updates;

/// <summary>After <c>followup link revoke</c>, every link issued before it is refused like a forged one; links issued after work.</summary>
public sealed class RevokedLinkTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task ALinkIssuedBeforeARevokeIsRefusedWithTheSameAnswerAsAForgedOne()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var leaked = context.TokenFor();
        await RevokeAsync(context, ProgressTestContext.Karachi.Email);

        var revoked = ProgressAssert.IsHtml(403, await context.GetAsync(leaked));
        var forged = ProgressAssert.IsHtml(403, await context.GetAsync("not a token"));

        Assert.Equal(forged.Body, revoked.Body);
    }

    [Fact]
    public async Task ARevokedLinkCannotSaveAnUpdate()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var leaked = context.TokenFor();
        await RevokeAsync(context, ProgressTestContext.Karachi.Email);
        var current = await context.CurrentAsync();

        ProgressAssert.IsHtml(403, await context.PostFormAsync(leaked, ProgressTestContext.Form(current.Version)));

        Assert.Equal(current.Progress, (await context.CurrentAsync()).Progress);
    }

    [Fact]
    public async Task AnExpiredRevokedLinkCannotAskForAFreshLink()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var leaked = context.TokenFor();
        await RevokeAsync(context, ProgressTestContext.Karachi.Email);
        context.Time.Advance(TimeSpan.FromDays(31));

        ProgressAssert.IsHtml(403, await context.RequestFreshLinkAsync(leaked));

        Assert.Empty(context.Sender.Sent);
    }

    [Fact]
    public async Task ALinkIssuedAfterTheRevokeWorksAndAFreshLinkCarriesTheNewGeneration()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        await RevokeAsync(context, ProgressTestContext.Karachi.Email);
        var reissued = context.TokenFor(generation: 1);
        ProgressAssert.IsHtml(200, await context.GetAsync(reissued));
        context.Time.Advance(TimeSpan.FromDays(31));

        ProgressAssert.IsHtml(202, await context.RequestFreshLinkAsync(reissued));

        var (_, _, link) = Assert.Single(context.Sender.Sent);
        ProgressAssert.IsHtml(200, await context.GetAsync(link.Query["?token=".Length..]));
    }

    [Fact]
    public async Task RevokingOneOwnerLeavesTheCoOwnersLinksWorking()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var baku = context.TokenFor(email: ProgressTestContext.Baku.Email);

        await RevokeAsync(context, ProgressTestContext.Karachi.Email);

        ProgressAssert.IsHtml(200, await context.GetAsync(baku));
    }

    private static async Task RevokeAsync(ProgressTestContext context, string email) =>
        Assert.IsType<RevokeOutcome.Revoked>(
            await new RevokeOwnerLinks(context.Store, NullLogger<RevokeOwnerLinks>.Instance).RevokeAsync(ProgressTestContext.Id, email));
}
