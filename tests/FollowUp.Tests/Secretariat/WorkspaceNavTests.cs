using System.Text.RegularExpressions;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>The header's links in the served HTML: only an Admin is shown the ways to act.</summary>
public sealed partial class WorkspaceNavTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task AdminIsShownTheLinksToAddACommitmentAndUploadAnImportFile()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var links = await NavLinksAsync(context, WorkspaceTestContext.Admin);

        Assert.Contains(("/api/secretariat/add", "Add a commitment"), links);
        Assert.Contains(("/api/secretariat/import", "Upload an import file"), links);
    }

    [Fact]
    public async Task ViewerIsNotShownTheLinksToAct()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var links = await NavLinksAsync(context, WorkspaceTestContext.Viewer);

        Assert.Contains(("/api/secretariat/commitments", "Commitments"), links);
        Assert.DoesNotContain(links, l => l.Text is "Add a commitment" or "Upload an import file");
    }

    /// <summary>Every link in the overview's workspace nav, as (path, text).</summary>
    private static async Task<List<(string Path, string Text)>> NavLinksAsync(WorkspaceTestContext context, string principal)
    {
        var page = await context.GetAsync("/api/secretariat", principal, accept: "text/html");
        Assert.Equal(200, page.Status);
        var nav = NavPattern().Match(page.Body);
        Assert.True(nav.Success, "The overview has no workspace nav.");
        return [.. LinkPattern().Matches(nav.Value).Select(m => (new Uri(new Uri("https://followup.example.org"), m.Groups["href"].Value).AbsolutePath, m.Groups["text"].Value))];
    }

    [GeneratedRegex("""<nav aria-label="Workspace">.*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex NavPattern();

    [GeneratedRegex("""<a href="(?<href>[^"]*)">(?<text>[^<]*)</a>""")]
    private static partial Regex LinkPattern();
}
