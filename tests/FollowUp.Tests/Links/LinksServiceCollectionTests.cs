using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Links;

public sealed class LinksServiceCollectionTests
{
    private const string Secret = "ZHVtbXktc2lnbmluZy1rZXktZm9yLXRlc3RzLW9ubHktMzJi";

    [Fact]
    public void TheLinkServicesAreSingletonsThatWorkTogether()
    {
        using var provider = Provider(new()
        {
            ["FollowUp:PublicBaseUrl"] = "https://followup.example.org",
            ["FollowUp:Links:SigningKeys:0:Id"] = "k1",
            ["FollowUp:Links:SigningKeys:0:Secret"] = Secret,
        });

        var builder = provider.GetRequiredService<UpdateLinkBuilder>();
        Assert.Same(builder, provider.GetRequiredService<UpdateLinkBuilder>());
        Assert.Same(provider.GetRequiredService<LinkSigningKeys>(), provider.GetRequiredService<LinkSigningKeys>());

        var link = builder.BuildUpdateLink("c-1", LinkTestContext.Owner("a@b.org"));
        var token = link.Query["?token=".Length..];
        Assert.IsType<LinkTokenResult.Valid>(provider.GetRequiredService<LinkTokenVerifier>().VerifyForCommitment(token, "c-1"));
    }

    [Fact]
    public void StartUpFailsWithAMessageNamingTheSettingWhenNoKeysAreConfigured()
    {
        using var provider = Provider(new() { ["FollowUp:PublicBaseUrl"] = "https://followup.example.org" });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("FollowUp:Links:SigningKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartUpFailsWithoutPrintingABadSecret()
    {
        const string shortSecret = "dG9vLXNob3J0LXRvLXNpZ24=";
        using var provider = Provider(new()
        {
            ["FollowUp:PublicBaseUrl"] = "https://followup.example.org",
            ["FollowUp:Links:SigningKeys:0:Id"] = "k1",
            ["FollowUp:Links:SigningKeys:0:Secret"] = shortSecret,
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("FollowUp:Links:SigningKeys:0:Secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(shortSecret, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        // Bound as AddFollowUpCore binds them, without the storage it also registers.
        services.AddOptions<FollowUpOptions>()
            .Bind(configuration.GetSection(FollowUpOptions.SectionName))
            .ValidateOnStart();
        services.AddFollowUpLinks();
        return services.BuildServiceProvider();
    }
}
