using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

/// <summary>
/// A form field over ASP.NET Core's 4 MiB value limit is the sender's mistake: it gets a clear 413
/// that says what to do, as a page or as JSON, and changes nothing; never the generic failure page.
/// </summary>
public sealed class WorkspaceFormLimitTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Form = "application/x-www-form-urlencoded";

    [Theory]
    [InlineData("text/html", "text/html")]
    [InlineData("application/json", "application/json")]
    public async Task FormFieldOverTheLimitIsRefusedAsTooLargeAndChangesNothing(string accept, string expectedType)
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var path = $"/api/secretariat/commitments/{seeded.Id}/status";
        var (cookie, token) = await WorkspaceForms.TokensAsync(context, $"/api/secretariat/commitments/{seeded.Id}");
        var form = WorkspaceForms.Encode(
            ("__RequestVerificationToken", token), ("version", seeded.Version!), ("action", "cancel"), ("reason", new string('x', (4 * 1024 * 1024) + 1)));

        var response = await context.SendAsync("POST", path, WorkspaceTestContext.Admin, accept, Form, form, cookie);

        Assert.Equal(413, response.Status);
        Assert.StartsWith(expectedType, response.ContentType, StringComparison.Ordinal);
        Assert.Contains("too large", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(seeded.Version, (await context.Store.GetAsync(seeded.Id))!.Version);
    }
}
