using System.Text.Json;
using FollowUp.Core.Delivery;
using FollowUp.Tests.Delivery;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using static FollowUp.Tests.Delivery.BouncedOwnerScenario;

namespace FollowUp.Tests.Cli;

/// <summary><c>followup deliveries</c> over a scan's messages, SendGrid's events for them, and a fresh link's.</summary>
public sealed class DeliveriesCommandTests(AzuriteStorage azurite, FakeSendGrid sendGrid) : IClassFixture<AzuriteStorage>, IClassFixture<FakeSendGrid>
{
    private const string FreshLinkClaim = "0123456789abcdef0123456789abcdef";

    private static List<JsonElement> Deliveries(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("deliveries").EnumerateArray().Select(d => d.Clone())];
    }

    [Fact]
    public async Task JsonListsEachMessageWithKindRecipientDayStateAndEvents()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        await s.EventAsync(Economy, DeliveryEventNames.Delivered, Monday.AddMinutes(7));
        await s.EventAsync(Economy, DeliveryEventNames.Processed, Monday.AddMinutes(6));

        var deliveries = await CliRun.RunAsync(s.Settings, s.Time, "deliveries", "--format", "json");

        Assert.Equal(0, deliveries.ExitCode);
        var all = Deliveries(deliveries.Output);
        Assert.Equal(
            ["digest commerce.pk@example.org bounced", "digest economy.az@example.org delivered", "escalation jc-secretariat@example.org accepted"],
            all.Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("to").GetString()} {d.GetProperty("state").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(all, d => Assert.Equal("2026-11-30", d.GetProperty("day").GetString()));
        Assert.All(all, d => Assert.Equal("msg-1", d.GetProperty("messageId").GetString()));
        var economy = all.Single(d => d.GetProperty("to").GetString() == Economy);
        Assert.Equal(
            ["processed 2026-11-30T05:06:00Z", "delivered 2026-11-30T05:07:00Z"],
            economy.GetProperty("events").EnumerateArray().Select(e => $"{e.GetProperty("event").GetString()} {e.GetProperty("at").GetString()}"));
    }

    [Fact]
    public async Task OwnerNarrowsTheListToThatAddress()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);

        var deliveries = await CliRun.RunAsync(s.Settings, s.Time, "deliveries", "--owner", "Commerce.PK@example.org", "--format", "json");

        Assert.Equal([Commerce], Deliveries(deliveries.Output).Select(d => d.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task SinceLeavesOutEarlierDays()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        s.Time.Advance(TimeSpan.FromDays(7));
        await s.ScanAsync();

        var deliveries = await CliRun.RunAsync(s.Settings, s.Time, "deliveries", "--since", "2026-12-01", "--format", "json");

        var all = Deliveries(deliveries.Output);
        Assert.NotEmpty(all);
        Assert.All(all, d => Assert.Equal("2026-12-07", d.GetProperty("day").GetString()));
    }

    [Fact]
    public async Task AFreshLinksEventsAreListedAsKindLink()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);
        await s.PostAsync(
            TestEvents.Event(Economy, DeliveryEventNames.Processed, Monday.AddHours(1), kind: "fresh-link", localDate: null, claimId: FreshLinkClaim),
            TestEvents.Event(Economy, DeliveryEventNames.Delivered, Monday.AddHours(1).AddSeconds(4), kind: "fresh-link", localDate: null, claimId: FreshLinkClaim));

        var deliveries = await CliRun.RunAsync(s.Settings, s.Time, "deliveries", "--owner", Economy, "--format", "json");

        var link = Assert.Single(Deliveries(deliveries.Output), d => d.GetProperty("kind").GetString() == "link");
        Assert.Equal(("delivered", "2026-11-30", 2), (link.GetProperty("state").GetString(), link.GetProperty("day").GetString(), link.GetProperty("events").GetArrayLength()));
    }

    [Fact]
    public async Task TheTableShowsEachMessageOnOneLine()
    {
        await using var s = await BouncedAsync(azurite, sendGrid);

        var deliveries = await CliRun.RunAsync(s.Settings, s.Time, "deliveries");

        Assert.Equal(0, deliveries.ExitCode);
        var line = Assert.Single(deliveries.Output.Split('\n'), l => l.Contains(Commerce, StringComparison.Ordinal));
        Assert.Contains("digest", line, StringComparison.Ordinal);
        Assert.Contains("bounced", line, StringComparison.Ordinal);
        Assert.Contains("bounce 2026-11-30 05:05Z", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "30/11/2026", "--since: '30/11/2026' is not a date such as 2026-11-30")]
    [InlineData("--owner", "not-an-address", "--owner: 'not-an-address' is not an email address")]
    [InlineData("--format", "csv", "csv")]
    public async Task BadInputIsNamedWithoutAStackTrace(string option, string value, string message)
    {
        await using var tables = azurite.CreateTables();

        var deliveries = await CliRun.RunAsync(tables.Settings, "deliveries", option, value);

        Assert.Equal(1, deliveries.ExitCode);
        Assert.Contains(message, deliveries.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", deliveries.Error, StringComparison.Ordinal);
    }
}
