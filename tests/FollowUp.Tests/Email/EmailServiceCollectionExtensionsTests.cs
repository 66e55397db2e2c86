using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Fact]
    public void WithoutAnApiKeyDigestsGoToTheOutbox()
    {
        using var provider = Build(apiKey: null);

        Assert.IsType<OutboxDigestSender>(provider.GetRequiredService<IDigestSender>());
    }

    [Fact]
    public void WithAnApiKeyDigestsGoThroughSendGrid()
    {
        using var provider = Build(apiKey: "SG.key");

        Assert.IsType<SendGridDigestSender>(provider.GetRequiredService<IDigestSender>());
    }

    [Fact]
    public void KeyConfiguredAfterRegistrationStillSelectsSendGrid()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<FollowUpOptions>().Configure(o => o.Email.FromAddress = "followup@jc.gov.pk");
        services.AddFollowUpEmail();

        // As a Key Vault reference or user secret would arrive: after AddFollowUpEmail has run.
        services.PostConfigure<FollowUpOptions>(o => o.Email.SendGridApiKey = "SG.late");
        using var provider = services.BuildServiceProvider();

        Assert.IsType<SendGridDigestSender>(provider.GetRequiredService<IDigestSender>());
    }

    [Fact]
    public void WhitespaceApiKeyCountsAsNone()
    {
        using var provider = Build(apiKey: "   ");

        Assert.IsType<OutboxDigestSender>(provider.GetRequiredService<IDigestSender>());
    }

    private static ServiceProvider Build(string? apiKey)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<FollowUpOptions>().Configure(o =>
        {
            o.Email.FromAddress = "followup@jc.gov.pk";
            o.Email.SendGridApiKey = apiKey;
        });
        services.AddFollowUpEmail();
        return services.BuildServiceProvider();
    }
}
