using System.Text.Json;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class ProgressValidationTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Theory]
    [InlineData("-1", "Progress must be from 0 to 100; -1 is outside that range.")]
    [InlineData("101", "Progress must be from 0 to 100; 101 is outside that range.")]
    [InlineData("abc", "Progress must be a whole number from 0 to 100.")]
    [InlineData("40.5", "Progress must be a whole number from 0 to 100.")]
    [InlineData("", "Enter the progress, a whole number from 0 to 100.")]
    public async Task ProgressOutsideZeroToHundredIsRefusedAndNothingIsSaved(string progress, string message)
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        var page = ProgressAssert.IsHtml(400, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, progress: progress, note: "Kept")));

        Assert.Contains($"<p class=\"field-error\" id=\"progress-error\">{message}</p>", page.Body, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", page.Body, StringComparison.Ordinal);
        Assert.Contains(">Kept</textarea>", page.Body, StringComparison.Ordinal);
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Fact]
    public async Task AnOwnerCannotCancelACommitmentThroughTheirLink()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        var page = ProgressAssert.IsHtml(400, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, status: "Cancelled", progress: "0")));

        Assert.Contains("<a href=\"#status\">Choose one of the listed statuses", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Cancelled\"", page.Body, StringComparison.Ordinal);
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Fact]
    public async Task JsonNamesCoOwnersByMinistryNeverByAddress()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        ProgressAssert.IsHtml(303, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, status: "InProgress", progress: "20", note: "Started")));

        var json = await context.GetAsync(context.TokenFor(email: ProgressTestContext.Baku.Email), accept: "application/json");

        Assert.DoesNotContain("@example.org", json.Body, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Body);
        Assert.Equal(ProgressTestContext.Karachi.Ministry, document.RootElement.GetProperty("history")[0].GetProperty("by").GetString());
    }

    [Fact]
    public async Task AnEmptyFormIsRefusedWithAMessageForEveryRequiredField()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        var page = ProgressAssert.IsHtml(400, await context.PostAsync(context.TokenFor(), "application/x-www-form-urlencoded", ""));

        Assert.Contains("<a href=\"#status\">Choose a status.</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#progress\">Enter the progress, a whole number from 0 to 100.</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#version\">This form is missing the version", page.Body, StringComparison.Ordinal);
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Fact]
    public async Task EveryProblemIsListedAtOnceAndWhatWasTypedIsKept()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var note = new string('x', 2001);

        var page = ProgressAssert.IsHtml(400, await context.PostFormAsync(
            context.TokenFor(), ProgressTestContext.Form(seeded.Version, status: "Finished", progress: "101", note: note, expectedCompletion: "31/03/2027")));

        Assert.Contains("<a href=\"#status\">Choose one of the listed statuses: Not started, In progress, Blocked, Completed.</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#progress\">Progress must be from 0 to 100; 101 is outside that range.</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#note\">The note must be at most 2,000 characters; it has 2,001.</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#expectedCompletion\">Enter the expected completion date as year-month-day, for example 2027-03-31.</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"101\"", page.Body, StringComparison.Ordinal);
        Assert.Contains($">{note}</textarea>", page.Body, StringComparison.Ordinal);
        Assert.Equal(seeded.Version, ProgressAssert.VersionIn(page));
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Fact]
    public async Task ANoteOfTwoThousandAndOneCharactersIsRefused()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        var page = ProgressAssert.IsHtml(400, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, note: new string('ش', 2001))));

        Assert.Contains("The note must be at most 2,000 characters; it has 2,001.", page.Body, StringComparison.Ordinal);
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Theory]
    [InlineData("Line one\u0000hidden")]
    [InlineData("Bell \u0007")]
    public async Task ControlCharactersInANoteAreRefused(string note)
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        ProgressAssert.IsHtml(400, await context.PostFormAsync(context.TokenFor(), ProgressTestContext.Form(seeded.Version, note: note)));

        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Fact]
    public async Task InvalidJsonFieldsAreEachReportedAsJsonErrors()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        const string body = """{ "status": "Done", "progress": "abc", "note": ["a", "b"], "expectedCompletion": "soon" }""";

        var response = ProgressAssert.IsJson(400, await context.PostJsonAsync(context.TokenFor(), body));

        using var json = JsonDocument.Parse(response.Body);
        var fields = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).Order().ToList();
        Assert.Equal(["expectedCompletion", "note", "progress", "status", "version"], fields);
        Assert.All(json.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("message").GetString())));
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"status\"")]
    [InlineData("{\"status\":\"InProgress\",\"progress\":40,\"note\":\"\\ud800\",\"version\":\"v\"}")]
    public async Task MalformedJsonIsABadRequestNotAFailure(string body)
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();

        var response = ProgressAssert.IsJson(400, await context.PostJsonAsync(context.TokenFor(), body));

        using var json = JsonDocument.Parse(response.Body);
        Assert.NotEmpty(json.RootElement.GetProperty("errors").EnumerateArray());
        await AssertNothingSavedAsync(context, seeded.Version);
    }

    private static async Task AssertNothingSavedAsync(ProgressTestContext context, string? version)
    {
        Assert.Equal(version, (await context.CurrentAsync()).Version);
        Assert.Empty(await context.HistoryAsync());
    }
}
