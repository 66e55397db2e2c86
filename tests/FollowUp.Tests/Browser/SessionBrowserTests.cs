using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Tests.Browser;

/// <summary>
/// The secretariat's session work in a real Chromium at 360 px: sign in with serve's one-time link,
/// freeze a snapshot, download its HTML report, and review the drafts of a pasted paragraph, axe on each page.
/// </summary>
[Collection(ServeCollectionDefinition.Name)]
public sealed class SessionBrowserTests(ServeHost serve, ITestOutputHelper output)
{
    private const string Paragraph =
        "Islamabad, 20 May 2026 - The Joint Commission of Pakistan and Azerbaijan met for its ninth session.\n" +
        "Both sides agreed to hold a joint trade exhibition in Baku in 2027 and committed to signing an MoU on customs data exchange by March 2027.";

    [Fact]
    public async Task SecretariatFreezesASnapshotDownloadsItsReportAndReviewsDraftsFromAPastedParagraph()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 360, Height = 740 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var serverErrors = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                serverErrors.Enqueue($"{response.Status} {response.Request.Method} {new Uri(response.Url).AbsolutePath}");
            }
        };

        await page.GotoAsync(serve.SignInLink);
        await page.GetByRole(AriaRole.Link, new() { Name = "Snapshots and report" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Snapshots and the report", Level = 1 })).ToBeVisibleAsync();
        output.WriteLine("axe, snapshots page: " + await AxeCheck.AssertNoSeriousViolationsAsync(page, "snapshots page"));

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("jc9-browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the snapshot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Heading, new() { Name = "Snapshot jc9-browser was created" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "jc9-browser", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Report", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "jc9-browser" });
        await page.GetByLabel("Format", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "html" });
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download the report" }).ClickAsync());
        Assert.Equal("followup-report-jc9-browser-", download.SuggestedFilename[..28]);
        var report = await context.NewPageAsync();
        await report.SetContentAsync(await File.ReadAllTextAsync(await download.PathAsync()));
        await Expect(report.GetByText(ServeSample.Title).First).ToBeVisibleAsync();
        await Expect(report.GetByText("jc9-browser").First).ToBeVisibleAsync();
        output.WriteLine("axe, downloaded HTML report: " + await AxeCheck.AssertNoSeriousViolationsAsync(report, "downloaded HTML report"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Run the intake" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Draft commitments from a session's outcome" })).ToBeVisibleAsync();
        output.WriteLine("axe, intake page: " + await AxeCheck.AssertNoSeriousViolationsAsync(page, "intake page"));
        await page.GetByLabel("Commission id", new() { Exact = true }).FillAsync("pak-aze-jc9");
        await page.GetByLabel("Outcome text", new() { Exact = true }).FillAsync(Paragraph);
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose drafts" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review the drafts", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "pak-aze-jc9-01: Hold a joint trade exhibition in Baku in 2027" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^pak-aze-jc9-02: ") })).ToBeVisibleAsync();
        await Expect(page.Locator("section").First.GetByText("owners[0].email", new() { Exact = true })).ToBeVisibleAsync();
        output.WriteLine("axe, review page: " + await AxeCheck.AssertNoSeriousViolationsAsync(page, "review page"));

        var drafts = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "JSON", Exact = true }).ClickAsync());
        Assert.Equal("pak-aze-jc9-drafts.json", drafts.SuggestedFilename);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await drafts.PathAsync()));
        Assert.Equal(["pak-aze-jc9-01", "pak-aze-jc9-02"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Empty(serverErrors);
    }
}
