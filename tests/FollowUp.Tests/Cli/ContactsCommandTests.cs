using System.Text.Json;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using static FollowUp.Tests.Delivery.BouncedOwnerScenario;

namespace FollowUp.Tests.Cli;

/// <summary><c>followup contacts</c> and <c>followup contacts reset</c> over a scan whose digest to one owner bounced.</summary>
public sealed class ContactsCommandTests(AzuriteStorage azurite, FakeSendGrid sendGrid) : IClassFixture<AzuriteStorage>, IClassFixture<FakeSendGrid>
{
    [Fact]
    public async Task JsonListsEachOwnerWithItsMinistryOpenCommitmentsAndDeliveryState()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);

        var contacts = await CliRun.RunAsync(s.Settings, s.Time, "contacts", "--format", "json");

        Assert.Equal(0, contacts.ExitCode);
        using var json = JsonDocument.Parse(contacts.Output);
        var rows = json.RootElement.GetProperty("contacts").EnumerateArray().ToDictionary(c => c.GetProperty("email").GetString()!);
        var commerce = rows[Commerce];
        Assert.Equal(
            ("Ministry of Commerce", 1, "bounced", BounceReason, "bounce", "2026-11-30T05:05:00Z"),
            (commerce.GetProperty("ministry").GetString(), commerce.GetProperty("openCommitments").GetInt32(), commerce.GetProperty("state").GetString(),
             commerce.GetProperty("reason").GetString(), commerce.GetProperty("lastEvent").GetString(), commerce.GetProperty("lastEventAt").GetString()));
        var economy = rows[Economy];
        Assert.Equal(("unknown", JsonValueKind.Null, JsonValueKind.Null), (economy.GetProperty("state").GetString(), economy.GetProperty("reason").ValueKind, economy.GetProperty("lastEvent").ValueKind));
    }

    [Fact]
    public async Task TheTableShowsTheBouncedOwnerAndItsReason()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);

        var contacts = await CliRun.RunAsync(s.Settings, s.Time, "contacts");

        Assert.Equal(0, contacts.ExitCode);
        var line = Assert.Single(contacts.Output.Split('\n'), l => l.StartsWith(Commerce, StringComparison.Ordinal));
        Assert.Contains("bounced", line, StringComparison.Ordinal);
        Assert.Contains(BounceReason, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetClearsTheMarkAndTheNextScanSendsTheOwedNudge()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        s.Time.Advance(TimeSpan.FromHours(1));

        var reset = await CliRun.RunAsync(s.Settings, s.Time, "contacts", "reset", "Commerce.PK@example.org");
        s.Time.Advance(TimeSpan.FromDays(7));
        var scan = await s.ScanAsync();

        Assert.Equal(0, reset.ExitCode);
        using var json = JsonDocument.Parse(scan.Output);
        Assert.Empty(json.RootElement.GetProperty("undeliverable").EnumerateArray());
        Assert.Equal(2, s.SentTo(Commerce).Count);
    }

    [Fact]
    public async Task ResetOfAnAddressNothingWasHeardForSaysSoAndExitsOne()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);

        var reset = await CliRun.RunAsync(s.Settings, s.Time, "contacts", "reset", "nobody@example.org");

        Assert.Equal(1, reset.ExitCode);
        Assert.Contains("nobody@example.org", reset.Error, StringComparison.Ordinal);
        Assert.Contains("nothing to reset", reset.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetOfSomethingThatIsNotAnAddressNamesTheArgumentWithoutAStackTrace()
    {
        await using var tables = azurite.CreateTables();

        var reset = await CliRun.RunAsync(tables.Settings, "contacts", "reset", "Commerce <commerce.pk@example.org>");

        Assert.Equal(1, reset.ExitCode);
        Assert.Contains("email: 'Commerce <commerce.pk@example.org>' is not an email address", reset.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reset.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatIsRefusedWithTheChoices()
    {
        await using var tables = azurite.CreateTables();

        var contacts = await CliRun.RunAsync(tables.Settings, "contacts", "--format", "csv");

        Assert.Equal(1, contacts.ExitCode);
        Assert.Contains("csv", contacts.Error, StringComparison.Ordinal);
        Assert.Contains("table", contacts.Error, StringComparison.Ordinal);
    }
}
