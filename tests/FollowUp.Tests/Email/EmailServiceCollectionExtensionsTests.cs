using FollowUp.Core.Configuration;
using FollowUp.Core.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Fact]
    public void WithoutAnApiKeyMessagesGoToTheOutbox()
    {
        using var provider = Build(apiKey: null);

        Assert.IsType<OutboxTransport>(provider.GetRequiredService<IEmailTransport>());
    }

    [Fact]
    public void WithAnApiKeyMessagesGoThroughSendGrid()
    {
        using var provider = Build(apiKey: "SG.key");

        Assert.IsType<SendGridTransport>(provider.GetRequiredService<IEmailTransport>());
    }

    [Fact]
    public void KeyConfiguredAfterRegistrationStillSelectsSendGrid()
    {
        var services = Services(apiKey: null);

        // As a Key Vault reference or user secret would arrive: after AddFollowUpEmail has run.
        services.PostConfigure<FollowUpOptions>(o => o.Email.SendGridApiKey = "SG.late");
        using var provider = services.BuildServiceProvider();

        Assert.IsType<SendGridTransport>(provider.GetRequiredService<IEmailTransport>());
    }

    [Fact]
    public void WhitespaceApiKeyCountsAsNone()
    {
        using var provider = Build(apiKey: "   ");

        Assert.IsType<OutboxTransport>(provider.GetRequiredService<IEmailTransport>());
    }

    [Fact]
    public void RegisteringTwiceAddsNothingTwice()
    {
        var services = Services(apiKey: null);
        var registered = services.Count;

        services.AddFollowUpEmail();

        Assert.Equal(registered, services.Count);
    }

    [Fact]
    public void TransportSettingsAreBoundFromFollowUpEmailTransport()
    {
        var services = Services(apiKey: null);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FollowUp:Email:Transport:MaxAttempts"] = "2",
            ["FollowUp:Email:Transport:AttemptTimeout"] = "00:00:07",
        }).Build());
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SendGridTransportOptions>>().Value;

        Assert.Equal((2, TimeSpan.FromSeconds(7)), (options.MaxAttempts, options.AttemptTimeout));
    }

    [Fact]
    public void TransportSettingOutOfRangeIsRefusedByName()
    {
        var services = Services(apiKey: null);
        services.Configure<SendGridTransportOptions>(o => o.AttemptTimeout = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SendGridTransportOptions>>().Value);

        Assert.Contains("FollowUp:Email:Transport:AttemptTimeout", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Secrétariat de la Commission", "non-ASCII character 'é' at position 5")]
    [InlineData("Joint Commission, Secretariat", "',' at position 17")]
    [InlineData("Secretariat; Islamabad", "';' at position 12")]
    public void SenderNameSendGridCannotCarryStopsStartUpByName(string fromName, string reason)
    {
        var services = Services(apiKey: null);
        services.Configure<FollowUpOptions>(o => o.Email.FromName = fromName);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FollowUpOptions>>().Value);

        Assert.Contains("FollowUp:Email:FromName", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FollowUp Secretariat")]
    [InlineData("Pakistan-Azerbaijan Joint Commission (JC-8)")]
    [InlineData("")]
    public void PlainAsciiSenderNameIsAccepted(string fromName)
    {
        var services = Services(apiKey: null);
        services.Configure<FollowUpOptions>(o => o.Email.FromName = fromName);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(fromName, provider.GetRequiredService<IOptions<FollowUpOptions>>().Value.Email.FromName);
    }

    private static ServiceProvider Build(string? apiKey) => Services(apiKey).BuildServiceProvider();

    private static ServiceCollection Services(string? apiKey)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddOptions<FollowUpOptions>().Configure(o =>
        {
            o.Email.FromAddress = "followup@jc.gov.pk";
            o.Email.SendGridApiKey = apiKey;
        });
        services.AddFollowUpEmail();
        return services;
    }
}
