using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class SecurityHeaderTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task EveryAnswerOverHttpsCarriesStrictTransportSecurityAndCrossOriginIsolation()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();

        var answers = new[]
        {
            await context.GetAsync(context.TokenFor()),
            await context.GetAsync("forged"),
            await context.SendAsync(new ProgressRequest { Method = "DELETE", CommitmentId = ProgressTestContext.Id, Token = context.TokenFor() }),
            await context.PostAsync(context.TokenFor(), "text/plain", "x"),
        };

        Assert.All(answers, a => Assert.Equal(
            ("max-age=31536000", "same-origin", "same-origin"),
            (a.Headers.GetValueOrDefault("Strict-Transport-Security"), a.Headers.GetValueOrDefault("Cross-Origin-Opener-Policy"), a.Headers.GetValueOrDefault("Cross-Origin-Resource-Policy"))));
    }

    [Fact]
    public async Task PlainHttpOnLoopbackGetsNoStrictTransportSecurity()
    {
        await using var context = new ProgressTestContext(azurite, configure: o => o.PublicBaseUrl = "http://127.0.0.1:7071");
        await context.SeedAsync();

        var page = await context.GetAsync(context.TokenFor());

        Assert.Equal(200, page.StatusCode);
        Assert.False(page.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
