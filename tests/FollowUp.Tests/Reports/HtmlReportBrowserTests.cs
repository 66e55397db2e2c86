using FollowUp.Core.Reports;
using FollowUp.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Tests.Reports;

/// <summary>The HTML report in real Chromium: axe finds nothing serious, the text is intact, stored markup stays text.</summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task HtmlReportHasNoSeriousAccessibilityViolationAndKeepsUrduText()
    {
        using var stream = await ReportFiles.WriteAsync(new HtmlReportWriter());
        var html = new StreamReader(stream).ReadToEnd();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html);

        output.WriteLine(await AxeCheck.AssertNoSeriousViolationsAsync(page, "HTML report"));
        await Expect(page.GetByText(ReportFixture.UrduNote)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ReportFixture.AzerbaijaniTitle })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StoredMarkupIsPrintedAsText()
    {
        var rows = ReportFixture.Rows().Select(r => r.Id == "agri-seeds" ? r with { Title = "<img src=x onerror=alert(1)>Seeds" } : r).ToList();
        var data = ReportBuilder.Build(rows, ReportFixture.Data().Footer, null, ReportGrouping.Sector, 3);
        using var stream = await ReportFiles.WriteAsync(new HtmlReportWriter(), data);
        var html = new StreamReader(stream).ReadToEnd();

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;Seeds", html, StringComparison.Ordinal);
    }
}
