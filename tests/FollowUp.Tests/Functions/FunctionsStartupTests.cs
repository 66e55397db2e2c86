using FollowUp.Functions;
using FollowUp.Functions.Reminders;
using FollowUp.Functions.Updates;
using FollowUp.Tests.TestSupport;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Functions;

/// <summary>
/// Composes the Functions app as Program.cs does, short of connecting to a Functions host, so that a
/// registration or package mismatch that would crash the worker in Azure fails here instead.
/// </summary>
public sealed class FunctionsStartupTests
{
    private static Microsoft.Extensions.Hosting.IHost Compose()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FollowUp:Email:FromAddress"] = "followup@example.org",
            ["FollowUp:PublicBaseUrl"] = "https://followup.example.org",
            ["FollowUp:Links:SigningKeys:0:Id"] = "k1",
            ["FollowUp:Links:SigningKeys:0:Secret"] = TestTables.SigningSecret,
        });
        builder.ConfigureFunctionsWebApplication();
        builder.AddFollowUp();
        return builder.Build();
    }

    [Fact]
    public void AppComposesValidatesItsOptionsAndCreatesEveryFunction()
    {
        using var host = Compose();

        host.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.NotNull(ActivatorUtilities.CreateInstance<ReminderScanFunction>(host.Services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<ProgressFunction>(host.Services));
    }

    [Fact]
    public void InformationLogsReachApplicationInsights()
    {
        using var host = Compose();

        // The SDK's default rule keeps only warnings; the scan's summary is an information log.
        var rules = host.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.Rules;
        Assert.DoesNotContain(rules, r => r.ProviderName?.Contains("ApplicationInsights", StringComparison.Ordinal) == true && r.LogLevel >= LogLevel.Warning);
    }
}
