using System.Globalization;
using FollowUp.Tests.Cli;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Tests.Browser;

/// <summary>
/// The secretariat's reading journey in a real Chromium at 360 px, over a serve of its own: sign in with
/// the printed one-time link, follow the overview's overdue count to the list, and open the commitment
/// to see the owner's update and the reminders the first scan sent, axe on each page.
/// </summary>
[Collection(WorkspaceJourneysDefinition.Name)]
public sealed class WorkspaceBrowserTests(ServeHost serve, ITestOutputHelper output) : IClassFixture<ServeHost>
{
    private const string NotDueId = "trade-fair-baku";
    private const string NotDueTitle = "Hold a joint trade exhibition in Baku";
    private const string OwnerNote = "Draft protocol sent to the counterpart for comments";

    [Fact]
    public async Task SecretariatFindsWhatIsOverdueAndSeesTheOwnersUpdateAndTheRemindersSent()
    {
        // Beside the sample's overdue commitment, one not yet due: the overdue list must leave it out.
        await ImportNotDueCommitmentAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        var serverErrors = WorkspacePageChecks.RecordServerErrors(page);

        // The lead ministry reports through its own emailed link first, so the timeline has an update.
        await page.GotoAsync(serve.UpdateLinkFor(ServeSample.LeadEmail));
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await page.GetByLabel("Progress, in percent", new() { Exact = true }).FillAsync("40");
        await page.GetByLabel("Note (optional)", new() { Exact = true }).FillAsync(OwnerNote);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save update" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Heading, new() { Name = "Your update was saved" })).ToBeVisibleAsync();

        await page.GotoAsync(serve.SignInLink);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Signed in as local operator (Admin)")).ToBeVisibleAsync();
        output.WriteLine("axe, overview: " + await WorkspacePageChecks.AssertReadableAsync(page, "overview"));

        var young = page.GetByRole(AriaRole.Region, new() { Name = "Overdue, by age" }).GetByRole(AriaRole.Row, new() { Name = "0–30 days" });
        await Expect(young.GetByRole(AriaRole.Link)).ToHaveTextAsync("1");
        await young.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Commitments", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("overdue=true", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Overdue" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 commitment.");
        var rows = page.GetByRole(AriaRole.Region, new() { Name = "Commitments, scrolls sideways" }).Locator("tbody > tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.GetByRole(AriaRole.Link, new() { Name = ServeSample.Title })).ToBeVisibleAsync();
        await Expect(page.GetByText(NotDueTitle)).ToHaveCountAsync(0);
        output.WriteLine("axe, overdue list: " + await WorkspacePageChecks.AssertReadableAsync(page, "overdue list"));

        await rows.First.GetByRole(AriaRole.Link, new() { Name = ServeSample.Title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ServeSample.Title, Level = 1 })).ToBeVisibleAsync();
        var timeline = page.Locator("ol.timeline > li");
        var update = timeline.Filter(new() { HasText = "Owner's update" });
        await Expect(update).ToHaveCountAsync(1);
        await Expect(update).ToContainTextAsync(ServeSample.LeadEmail);
        await Expect(update).ToContainTextAsync("Status Not started → In progress; progress 0% → 40%");
        await Expect(update).ToContainTextAsync(OwnerNote);
        foreach (var owner in ServeSample.Owners)
        {
            var reminder = timeline.Filter(new() { HasText = "Reminder sent · " + owner });
            await Expect(reminder).ToHaveCountAsync(1);
            await Expect(reminder).ToContainTextAsync("Overdue stage of ");
        }

        output.WriteLine("axe, commitment page: " + await WorkspacePageChecks.AssertReadableAsync(page, "commitment page"));
        Assert.Empty(serverErrors);
    }

    private async Task ImportNotDueCommitmentAsync()
    {
        var due = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Path.Combine(serve.Root, "not-due.json");
        await File.WriteAllTextAsync(file, $$"""
            [
              {
                "id": "{{NotDueId}}", "commission": "pak-aze-jc8", "title": "{{NotDueTitle}}", "sector": "trade", "dueDate": "{{due}}",
                "owners": [ { "ministry": "Ministry of Commerce", "email": "commerce.pk@example.org", "timeZone": "Asia/Karachi", "country": "PK" } ]
              }
            ]
            """);
        var import = await CliRun.RunAsync(serve.Settings, "import", file);
        Assert.True(import.ExitCode == 0, $"followup import failed ({import.ExitCode}): {import.Error}{import.Output}");
    }
}
