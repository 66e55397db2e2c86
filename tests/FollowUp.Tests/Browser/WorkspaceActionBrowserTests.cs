using System.Globalization;
using System.Text;
using FollowUp.Tests.Cli;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Tests.Browser;

/// <summary>
/// The Admin's actions in a real Chromium at 360 px: a due date moved through the edit form (refused
/// without a reason, then saved with one), an import file uploaded, previewed and applied, and the add
/// form reached from the header, axe and no sideways scroll on each page.
/// </summary>
[Collection(WorkspaceJourneysDefinition.Name)]
public sealed class WorkspaceActionBrowserTests(SignedInWorkspace workspace, ITestOutputHelper output) : IClassFixture<SignedInWorkspace>
{
    private const string Reason = "The counterpart asked for a month more at the 9th session";
    private const string StudyId = "power-link-study";
    private const string NewId = "visa-facilitation";

    [Fact]
    public async Task DueDateMovesWithAReasonShownInTheTimelineAndIsRefusedWithoutOneNamingTheField()
    {
        var store = workspace.Serve.Tables.CreateCommitmentStore();
        var due = (await store.GetAsync(ServeSample.Id))!.DueDate;
        var moved = due.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var context = await workspace.NewContextAsync();
        var page = await context.NewPageAsync();
        var serverErrors = WorkspacePageChecks.RecordServerErrors(page);

        await page.GotoAsync(workspace.OverviewUrl);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Commitments" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = ServeSample.Title }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the title, description, due date, owners or escalation contact" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit: " + ServeSample.Title, Level = 1 })).ToBeVisibleAsync();
        output.WriteLine("axe, edit form: " + await WorkspacePageChecks.AssertReadableAsync(page, "edit form"));

        await page.GetByLabel("Due date", new() { Exact = true }).FillAsync(moved);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();

        var refusal = page.GetByRole(AriaRole.Alert);
        await Expect(refusal.GetByRole(AriaRole.Heading, new() { Name = "Nothing was saved" })).ToBeVisibleAsync();
        await Expect(refusal.GetByRole(AriaRole.Link, new() { Name = "reason", Exact = true })).ToBeVisibleAsync();
        await Expect(refusal).ToContainTextAsync("Give a reason for moving the due date");
        await Expect(page.GetByLabel("Due date", new() { Exact = true })).ToHaveValueAsync(moved);
        Assert.Equal(due, (await store.GetAsync(ServeSample.Id))!.DueDate);
        output.WriteLine("axe, refused edit: " + await WorkspacePageChecks.AssertReadableAsync(page, "refused edit"));

        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).GetByRole(AriaRole.Heading, new() { Name = "The change was saved" })).ToBeVisibleAsync();
        var action = page.Locator("ol.timeline > li").Filter(new() { HasText = "Secretariat action · local operator" });
        await Expect(action).ToHaveCountAsync(1);
        await Expect(action).ToContainTextAsync($"due date {due:yyyy-MM-dd} → {moved}");
        await Expect(action).ToContainTextAsync("Reason: " + Reason);
        Assert.Equal(moved, (await store.GetAsync(ServeSample.Id))!.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.WriteLine("axe, commitment after the edit: " + await WorkspacePageChecks.AssertReadableAsync(page, "commitment after the edit"));
        Assert.Empty(serverErrors);
    }

    [Fact]
    public async Task UploadedImportFileIsPreviewedChangeByChangeThenApplied()
    {
        await ImportAsync("seed.json", Row(StudyId, "Study a power link"));
        var store = workspace.Serve.Tables.CreateCommitmentStore();
        await using var context = await workspace.NewContextAsync();
        var page = await context.NewPageAsync();
        var serverErrors = WorkspacePageChecks.RecordServerErrors(page);

        await page.GotoAsync(workspace.OverviewUrl);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Upload an import file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upload an import file", Level = 1 })).ToBeVisibleAsync();
        output.WriteLine("axe, upload form: " + await WorkspacePageChecks.AssertReadableAsync(page, "upload form"));

        var file = "[" + Row(StudyId, "Study a power link between Karachi and Baku") + "," + Row(NewId, "Simplify visas for business travellers") + "]";
        await page.GetByLabel("Import file (.json or .csv)", new() { Exact = true }).SetInputFilesAsync(
            new FilePayload { Name = "jc8-additions.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(file) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the changes" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview of the import", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("1 new, 1 changed, 0 unchanged. Nothing is written until you apply.")).ToBeVisibleAsync();
        var changes = page.GetByRole(AriaRole.Region, new() { Name = "Changes, scrolls sideways" }).Locator("tbody > tr");
        await Expect(changes).ToHaveCountAsync(2);
        var changed = changes.Filter(new() { HasText = StudyId });
        await Expect(changed.GetByRole(AriaRole.Cell, new() { Name = "Changed", Exact = true })).ToBeVisibleAsync();
        await Expect(changed.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["title: Study a power link → Study a power link between Karachi and Baku"]);
        var added = changes.Filter(new() { HasText = NewId });
        await Expect(added.GetByRole(AriaRole.Cell, new() { Name = "New", Exact = true })).ToBeVisibleAsync();
        await Expect(added).ToContainTextAsync("title: (none) → Simplify visas for business travellers");
        Assert.Null(await store.GetAsync(NewId));
        output.WriteLine("axe, preview: " + await WorkspacePageChecks.AssertReadableAsync(page, "preview"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply these changes" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import applied", Level = 1 })).ToBeVisibleAsync();
        var done = page.GetByRole(AriaRole.Status);
        await Expect(done.GetByRole(AriaRole.Heading, new() { Name = "The file was imported" })).ToBeVisibleAsync();
        await Expect(done).ToContainTextAsync("1 new, 1 changed, 0 unchanged.");
        Assert.Equal("Simplify visas for business travellers", (await store.GetAsync(NewId))?.Title);
        Assert.Equal("Study a power link between Karachi and Baku", (await store.GetAsync(StudyId))?.Title);
        output.WriteLine("axe, import applied: " + await WorkspacePageChecks.AssertReadableAsync(page, "import applied"));
        Assert.Empty(serverErrors);
    }

    [Fact]
    public async Task AddFormIsReachedFromTheHeaderAndItsOwnerRowsFitTheNarrowScreen()
    {
        await using var context = await workspace.NewContextAsync();
        var page = await context.NewPageAsync();
        var serverErrors = WorkspacePageChecks.RecordServerErrors(page);

        await page.GotoAsync(workspace.OverviewUrl);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Add a commitment" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add a commitment", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Owner 1" })).ToBeVisibleAsync();
        output.WriteLine("axe, add form: " + await WorkspacePageChecks.AssertReadableAsync(page, "add form"));
        Assert.Empty(serverErrors);
    }

    /// <summary>One commitment in the import's JSON format, due in 90 days, owned by one ministry.</summary>
    private static string Row(string id, string title)
    {
        var due = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            { "id": "{{id}}", "commission": "pak-aze-jc8", "title": "{{title}}", "sector": "energy", "dueDate": "{{due}}",
              "owners": [ { "ministry": "Ministry of Energy", "email": "energy.pk@example.org", "timeZone": "Asia/Karachi", "country": "PK" } ] }
            """;
    }

    private async Task ImportAsync(string name, string row)
    {
        var path = Path.Combine(workspace.Serve.Root, name);
        await File.WriteAllTextAsync(path, "[" + row + "]");
        var import = await CliRun.RunAsync(workspace.Serve.Settings, "import", path);
        Assert.True(import.ExitCode == 0, $"followup import failed ({import.ExitCode}): {import.Error}{import.Output}");
    }
}
