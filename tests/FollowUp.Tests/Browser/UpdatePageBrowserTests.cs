using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FollowUp.Core.Commitments;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Tests.Browser;

/// <summary>
/// A ministry's whole journey in a real Chromium: from the reminder in the local outbox, through the
/// signed link, to a saved update and its confirmation, checked in the store, with axe on both pages.
/// </summary>
[Collection(ServeCollectionDefinition.Name)]
public sealed class UpdatePageBrowserTests(ServeHost serve, ITestOutputHelper output)
{
    /// <summary>Urdu and Azerbaijani (dotted capital I), on two lines: right-to-left and Latin-extended text must survive the round trip.</summary>
    private const string Note = "پیش رفت جاری ہے\nİş davam edir";

    [Fact]
    public async Task MinistryOpensTheReminderFollowsItsLinkAndSavesAnUpdateWithANonLatinNote()
    {
        var store = serve.Tables.CreateCommitmentStore();
        var historyBefore = await store.GetHistoryAsync(ServeSample.Id, 100);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 1024, Height = 768 } });
        var page = await context.NewPageAsync();
        var serverErrors = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                // The path only: the query holds a live token.
                serverErrors.Enqueue($"{response.Status} {response.Request.Method} {new Uri(response.Url).AbsolutePath}");
            }
        };

        // The outbox, then the lead ministry's reminder, then its update link.
        await page.GotoAsync(serve.BaseUrl + "/dev/outbox");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Local outbox" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = ServeSample.LeadEmail }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Links in this email" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Post an update: " + ServeSample.Title, Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/api/commitments/" + ServeSample.Id + "/progress\\?token=[A-Za-z0-9_-]+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ServeSample.Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(ServeSample.CounterpartMinistry);
        output.WriteLine("axe, update page: " + await AxeCheck.AssertNoSeriousViolationsAsync(page, "update page"));

        var status = page.GetByLabel("Status", new() { Exact = true });
        var progress = page.GetByLabel("Progress, in percent", new() { Exact = true });
        var note = page.GetByLabel("Note (optional)", new() { Exact = true });
        await status.SelectOptionAsync(new SelectOptionValue { Label = "In progress" });
        await progress.FillAsync("55");
        await note.PressSequentiallyAsync(Note);
        await Expect(note).ToHaveValueAsync(Note);
        await Screenshot(page, "update-page.png");

        var before = TimeProvider.System.GetUtcNow();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save update" }).ClickAsync();

        // The 303 lands on the confirmation: same link, plus done=1.
        await Expect(page).ToHaveURLAsync(new Regex("/api/commitments/" + ServeSample.Id + "/progress\\?token=[A-Za-z0-9_-]+&done=1$"));
        var saved = page.GetByRole(AriaRole.Status);
        await Expect(saved.GetByRole(AriaRole.Heading, new() { Name = "Your update was saved" })).ToBeVisibleAsync();
        var facts = await FactsAsync(saved);
        Assert.Equal("In progress", facts["Status"]);
        Assert.Equal("55%", facts["Progress"]);
        Assert.Equal(Note, facts["Note"]);
        Assert.Matches(@"\d", facts["Saved"]);
        await Expect(saved.GetByRole(AriaRole.Link, new() { Name = "Post another update" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save update" })).ToHaveCountAsync(0);
        await Expect(page.Locator("ol.history li").First).ToContainTextAsync("İş davam edir");
        await Screenshot(page, "confirmation-page.png");
        output.WriteLine("axe, confirmation page: " + await AxeCheck.AssertNoSeriousViolationsAsync(page, "confirmation page"));
        var after = TimeProvider.System.GetUtcNow();

        var stored = await store.GetAsync(ServeSample.Id);
        Assert.NotNull(stored);
        Assert.Equal((CommitmentStatus.InProgress, 55), (stored.Status, stored.Progress));
        Assert.NotNull(stored.LastUpdate);
        Assert.Equal((ServeSample.LeadEmail, Note), (stored.LastUpdate.By, stored.LastUpdate.Note));
        Assert.InRange(stored.LastUpdate.At, before.AddSeconds(-1), after.AddSeconds(1));

        var history = await store.GetHistoryAsync(ServeSample.Id, 100);
        Assert.Equal(historyBefore.Count + 1, history.Count);
        var entry = history[0];
        Assert.Equal(
            (ServeSample.LeadEmail, CommitmentStatus.NotStarted, CommitmentStatus.InProgress, 0, 55, Note),
            (entry.By, entry.OldStatus, entry.NewStatus, entry.OldProgress, entry.NewProgress, entry.Note));
        Assert.Empty(serverErrors);
    }

    private async Task Screenshot(IPage page, string fileName)
    {
        var path = BrowserArtifacts.PathFor(fileName);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("Screenshot: " + path);
    }

    /// <summary>The dt/dd pairs of a definition list, as the visitor reads them.</summary>
    private static async Task<Dictionary<string, string>> FactsAsync(ILocator region)
    {
        var terms = await region.Locator("dl > dt").AllInnerTextsAsync();
        var details = await region.Locator("dl > dd").AllInnerTextsAsync();
        Assert.Equal(terms.Count, details.Count);
        return terms.Zip(details).ToDictionary(p => p.First.Trim(), p => p.Second.Trim(), StringComparer.Ordinal);
    }
}
