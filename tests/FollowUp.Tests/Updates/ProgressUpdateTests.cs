using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class ProgressUpdateTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task APostedFormIsSavedWithItsHistoryLineAndRedirectsToTheConfirmation()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var token = context.TokenFor(email: "Commerce.PK@example.org");
        var version = ProgressAssert.VersionIn(await context.GetAsync(token));

        var response = ProgressAssert.Is(303, await context.PostFormAsync(
            token, ProgressTestContext.Form(version, status: "Blocked", progress: "25", note: "Waiting for the customs annex", expectedCompletion: "2027-05-01")));

        Assert.Equal($"/api/commitments/{ProgressTestContext.Id}/progress?token={token}&done=1", response.Location);
        var stored = await context.CurrentAsync();
        Assert.Equal(CommitmentStatus.Blocked, stored.Status);
        Assert.Equal(25, stored.Progress);
        Assert.Equal(new LastUpdate(ProgressTestContext.Start, "commerce.pk@example.org", "Waiting for the customs annex"), stored.LastUpdate);
        var entry = Assert.Single(await context.HistoryAsync());
        Assert.Equal(
            new ProgressEntry(ProgressTestContext.Start, "commerce.pk@example.org", CommitmentStatus.NotStarted, CommitmentStatus.Blocked, 0, 25, "Waiting for the customs annex", new DateOnly(2027, 5, 1)),
            entry);
    }

    [Fact]
    public async Task TheConfirmationPageShowsWhatWasSaved()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();
        ProgressAssert.Is(303, await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version, progress: "55", note: "Text agreed at expert level")));

        var page = ProgressAssert.IsHtml(200, await context.GetAsync(token, done: true));

        Assert.Contains("Your update was saved", page.Body, StringComparison.Ordinal);
        Assert.Contains("<dd>55%</dd>", page.Body, StringComparison.Ordinal);
        Assert.Contains("Text agreed at expert level", page.Body, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/commitments/{ProgressTestContext.Id}/progress?token={token}\"", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompletedRecordsFullProgressWhateverTheFieldSays()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        ProgressAssert.Is(303, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, status: "Completed", progress: "40")));

        var stored = await context.CurrentAsync();
        Assert.Equal(CommitmentStatus.Completed, stored.Status);
        Assert.Equal(100, stored.Progress);
        Assert.Equal(100, Assert.Single(await context.HistoryAsync()).NewProgress);
    }

    [Fact]
    public async Task AJsonUpdateIsSavedAndAnsweredWithTheSameRedirect()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();
        var body = JsonSerializer.Serialize(new { status = "InProgress", progress = 60, note = "Second round held", version = seeded.Version, expectedCompletion = "2027-01-31" });

        var response = ProgressAssert.IsJson(303, await context.PostJsonAsync(token, body));

        Assert.Equal($"/api/commitments/{ProgressTestContext.Id}/progress?token={token}&done=1", response.Location);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(60, json.RootElement.GetProperty("progress").GetInt32());
        var stored = await context.CurrentAsync();
        Assert.Equal(stored.Version, json.RootElement.GetProperty("version").GetString());
        Assert.Equal((CommitmentStatus.InProgress, 60), (stored.Status, stored.Progress));
        Assert.Equal(new DateOnly(2027, 1, 31), Assert.Single(await context.HistoryAsync()).ExpectedCompletion);
    }

    [Theory]
    [InlineData("form", "پیش رفت جاری ہے")]
    [InlineData("form", "İş davam edir, ölçü ğ ş ç")]
    [InlineData("json", "پیش رفت جاری ہے")]
    [InlineData("json", "İş davam edir, ölçü ğ ş ç")]
    public async Task NotesInUrduAndAzerbaijaniRoundTripIntact(string format, string note)
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();

        var response = format == "form"
            ? await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version, note: note))
            : await context.PostJsonAsync(token, JsonSerializer.Serialize(new { status = "InProgress", progress = 40, note, version = seeded.Version }));

        ProgressAssert.Is(303, response);
        Assert.Equal(note, (await context.CurrentAsync()).LastUpdate?.Note);
        Assert.Equal(note, Assert.Single(await context.HistoryAsync()).Note);
        Assert.Contains($"<p class=\"note\" dir=\"auto\">{note}</p>", ProgressAssert.IsHtml(200, await context.GetAsync(token)).Body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(ProgressAssert.IsJson(200, await context.GetAsync(token, "application/json")).Body);
        Assert.Equal(note, json.RootElement.GetProperty("history")[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task ANoteOfTwoThousandCharactersWithBrowserLineBreaksIsSaved()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        // Browsers send CRLF but count a line break as one character against maxlength.
        var note = new string('ب', 1000) + "\r\n" + new string('ب', 999);
        Assert.Equal(2001, note.Length);

        ProgressAssert.Is(303, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, note: note)));

        Assert.Equal(note.ReplaceLineEndings("\n"), (await context.CurrentAsync()).LastUpdate?.Note);
    }
}
