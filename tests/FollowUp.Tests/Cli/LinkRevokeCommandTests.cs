using FollowUp.Core.Updates;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Cli;

public sealed class LinkRevokeCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Id = "customs-edi-mou";
    private const string Owner = "customs.az@example.org";

    [Fact]
    public async Task RevokeMakesTheOwnersEarlierLinkInvalidAndTheNextLinkWorks()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(tables.Settings, "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));
        var before = (await CliRun.RunAsync(tables.Settings, "link", Id, "--owner", Owner)).Output.Trim();

        var revoke = await CliRun.RunAsync(tables.Settings, "link", "revoke", Id, "--owner", "Customs.AZ@example.org");
        var after = (await CliRun.RunAsync(tables.Settings, "link", Id, "--owner", Owner)).Output.Trim();

        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains($"Revoked every update link issued so far to {Owner} for '{Id}'", revoke.Output, StringComparison.Ordinal);
        await using var services = tables.BuildServices();
        Assert.IsType<ShowOutcome.NotAnOwner>(await ShowAsync(services, before));
        Assert.IsType<ShowOutcome.Shown>(await ShowAsync(services, after));
    }

    [Fact]
    public async Task RevokeForAnUnknownCommitmentOrAStrangerExitsOneWithAClearMessage()
    {
        await using var tables = azurite.CreateTables();
        await CliRun.RunAsync(tables.Settings, "import", RepositoryFiles.Path("samples", "joint-commission-8.json"));

        var missing = await CliRun.RunAsync(tables.Settings, "link", "revoke", "no-such-thing", "--owner", Owner);
        var stranger = await CliRun.RunAsync(tables.Settings, "link", "revoke", Id, "--owner", "someone@example.org");

        Assert.Equal((1, "No commitment with id 'no-such-thing'."), (missing.ExitCode, missing.Error.Trim()));
        Assert.Equal(1, stranger.ExitCode);
        Assert.StartsWith($"'someone@example.org' is not an owner of '{Id}'; its owners are ", stranger.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missing.Error + stranger.Error, StringComparison.Ordinal);
    }

    private static async Task<ShowOutcome> ShowAsync(ServiceProvider services, string link)
    {
        var token = new Uri(link).Query["?token=".Length..];
        var owner = services.GetRequiredService<OwnerLinks>().Verify(Id, Uri.UnescapeDataString(token));
        return await services.GetRequiredService<ShowProgress>().ShowAsync(owner!);
    }
}
