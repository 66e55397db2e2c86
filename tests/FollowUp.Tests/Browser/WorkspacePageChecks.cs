using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace FollowUp.Tests.Browser;

/// <summary>What every workspace journey checks on every page: no server error, axe, and no sideways scroll at 360 px.</summary>
internal static class WorkspacePageChecks
{
    /// <summary>Collects every 5xx the page receives, by path only: some queries hold a live token.</summary>
    public static ConcurrentQueue<string> RecordServerErrors(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new ConcurrentQueue<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                errors.Enqueue($"{response.Status} {response.Request.Method} {new Uri(response.Url).AbsolutePath}");
            }
        };
        return errors;
    }

    /// <summary>axe with no serious or critical finding, and the page body no wider than the viewport.</summary>
    public static async Task<string> AssertReadableAsync(IPage page, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var report = await AxeCheck.AssertNoSeriousViolationsAsync(page, pageName);
        // Through the DevTools protocol, as axe runs: the pages' CSP allows no script of their own.
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.body.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(
            widths[0] <= widths[2] && widths[1] <= widths[2],
            $"The {pageName} scrolls sideways at {widths[2]} px: the document is {widths[0]} px wide and the body {widths[1]} px.");
        return report;
    }
}
