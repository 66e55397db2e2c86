using System.Text;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;
using FollowUp.Functions.Updates;
using FollowUp.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Updates;

/// <summary>
/// The Functions app's trigger over the services its Program.cs registers (FollowUp.Core only, no
/// <c>AddFollowUpWeb</c>), executing the <see cref="IResult"/> as the ASP.NET Core integration does.
/// </summary>
public sealed class FunctionsTriggerTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Theory]
    [InlineData("GET", true)]
    [InlineData("GET", false)]
    [InlineData("DELETE", true)]
    public async Task TheProgressTriggerAnswersAsTheLocalHostDoes(string method, bool genuine)
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var token = genuine ? context.TokenFor() : "forged";
        var expected = await context.SendAsync(new ProgressRequest { Method = method, CommitmentId = ProgressTestContext.Id, Token = token });
        await using var services = FunctionsServices(context);
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = method;
        http.Request.QueryString = QueryString.Create("token", token);
        http.Response.Body = new MemoryStream();

        var result = await new ProgressFunction(services).ProgressAsync(http.Request, ProgressTestContext.Id);
        await result.ExecuteAsync(http);

        Assert.Equal(expected.StatusCode, http.Response.StatusCode);
        Assert.Equal(expected.ContentType, http.Response.ContentType);
        Assert.Equal(expected.Body, Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray()));
        Assert.All(
            ["Content-Security-Policy", "Strict-Transport-Security", "Cross-Origin-Opener-Policy", "X-Frame-Options", "Allow"],
            name => Assert.Equal(expected.Headers.GetValueOrDefault(name), http.Response.Headers[name].ToString() is { Length: > 0 } v ? v : null));
    }

    private static ServiceProvider FunctionsServices(ProgressTestContext context)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(context.Options));
        services.AddSingleton<TimeProvider>(context.Time);
        services.AddSingleton(context.Tables.Service);
        services.AddSingleton<ICommitmentStore>(context.Store);
        services.AddSingleton<IFreshLinkSender>(context.Sender);
        services.AddLogging();
        services.AddFollowUpUpdates();
        return services.BuildServiceProvider();
    }
}
