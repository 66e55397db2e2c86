using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Workspace;

public sealed class WorkspaceActionTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Path = "/api/secretariat/commitments/pta-implementation-plan/status";
    private const string Json = "application/json";

    [Fact]
    public async Task AdminCancelsWithAReasonAndTheHistoryNamesThem()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, "cancel", "Superseded by the ninth session"));

        Assert.Equal(200, response.Status);
        Assert.Equal(CommitmentStatus.Cancelled, (await context.Store.GetAsync(seeded.Id))!.Status);
        var line = Assert.Single(await context.Store.GetHistoryAsync(seeded.Id, 10));
        Assert.Equal(("amina@secretariat.example.org", ProgressSource.Secretariat, "Superseded by the ninth session"), (line.By, line.Source, line.Reason));
    }

    [Fact]
    public async Task StatusChangeWithoutAReasonIsRefused()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, "complete", " "));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"reason\"", response.Body, StringComparison.Ordinal);
        Assert.Empty(await context.Store.GetHistoryAsync(seeded.Id, 10));
    }

    [Fact]
    public async Task StaleActionShowsTheCurrentValuesAndWritesNothing()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var moved = await context.Store.UpsertAsync(seeded with { Progress = 55, Status = CommitmentStatus.InProgress });
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, "cancel", "Superseded"));

        Assert.Equal(409, response.Status);
        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal(55, json.RootElement.GetProperty("current").GetProperty("progress").GetInt32());
        Assert.Equal(moved.Version, json.RootElement.GetProperty("current").GetProperty("version").GetString());
        Assert.Equal(CommitmentStatus.InProgress, (await context.Store.GetAsync(seeded.Id))!.Status);
    }

    [Fact]
    public async Task PauseNeedsADateAfterToday()
    {
        await using var context = new WorkspaceTestContext(azurite);
        var seeded = await context.SeedAsync(TestCommitments.Bilateral());
        var response = await context.SendAsync("POST", Path, WorkspaceTestContext.Admin, Json, Json, Body(seeded.Version!, "pause", "Awaiting the session", until: "2027-05-03"));

        Assert.Equal(400, response.Status);
        Assert.Contains("\"field\":\"until\"", response.Body, StringComparison.Ordinal);
    }

    private static string Body(string version, string action, string reason, string? until = null) =>
        JsonSerializer.Serialize(new { version, action, reason, until });
}
