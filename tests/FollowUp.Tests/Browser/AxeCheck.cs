using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FollowUp.Tests.Browser;

/// <summary>
/// axe-core on a page as the browser shows it; serious and critical findings fail the test. The pages'
/// CSP allows no script, yet no <c>BypassCSP</c> is needed: Playwright evaluates axe through the
/// DevTools protocol, which the page's CSP does not govern, so the page is checked exactly as served.
/// </summary>
internal static class AxeCheck
{
    private static readonly string[] Failing = ["serious", "critical"];

    /// <summary>Runs axe and fails on a serious or critical violation; returns every finding, for the test output.</summary>
    public static async Task<string> AssertNoSeriousViolationsAsync(IPage page, string pageName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        Assert.True(result.Passes is { Length: > 0 }, $"axe passed no rule on the {pageName}: it did not really run there.");
        var violations = result.Violations ?? [];
        var report = Describe(violations);
        var failing = violations.Where(v => Failing.Contains(v.Impact, StringComparer.OrdinalIgnoreCase)).Select(v => v.Id).ToList();
        Assert.True(failing.Count == 0, $"axe found serious or critical violations on the {pageName} ({string.Join(", ", failing)}). All violations:{Environment.NewLine}{report}");
        return report;
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}");
            foreach (var node in v.Nodes ?? [])
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html}");
            }
        }

        return text.Length == 0 ? "none" : text.ToString();
    }
}
