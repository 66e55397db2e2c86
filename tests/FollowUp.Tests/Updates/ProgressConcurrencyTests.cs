using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Updates;

public sealed class ProgressConcurrencyTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task AStaleVersionIsAConflictShowingTheCurrentValuesAndKeepingTheUnsavedNote()
    {
        await using var context = new ProgressTestContext(azurite);
        await context.SeedAsync();
        var karachi = context.TokenFor();
        var baku = context.TokenFor(email: ProgressTestContext.Baku.Email);
        var karachiVersion = ProgressAssert.VersionIn(await context.GetAsync(karachi));
        var bakuVersion = ProgressAssert.VersionIn(await context.GetAsync(baku));
        ProgressAssert.Is(303, await context.PostFormAsync(baku, ProgressTestContext.Form(bakuVersion, status: "Blocked", progress: "15", note: "Awaiting the tariff schedule")));
        var afterBaku = await context.CurrentAsync();

        var page = ProgressAssert.IsHtml(409, await context.PostFormAsync(
            karachi, ProgressTestContext.Form(karachiVersion, status: "InProgress", progress: "70", note: "Our unsaved \"draft\" note")));

        Assert.Contains("Someone else updated this commitment first", page.Body, StringComparison.Ordinal);
        Assert.Contains("<dd>Blocked</dd>", page.Body, StringComparison.Ordinal);
        Assert.Contains("15%", page.Body, StringComparison.Ordinal);
        Assert.Contains("Awaiting the tariff schedule", page.Body, StringComparison.Ordinal);
        Assert.Contains(">Our unsaved &quot;draft&quot; note</textarea>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Blocked\" selected>", page.Body, StringComparison.Ordinal);
        Assert.Contains("You had chosen: status In progress, progress 70%.", page.Body, StringComparison.Ordinal);
        Assert.Equal(afterBaku.Version, ProgressAssert.VersionIn(page));
        Assert.Equal(afterBaku.Version, (await context.CurrentAsync()).Version);
        Assert.Single(await context.HistoryAsync());
    }

    [Fact]
    public async Task SavingAgainFromTheConflictPageSucceeds()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();
        ProgressAssert.Is(303, await context.PostFormAsync(context.TokenFor(email: ProgressTestContext.Baku.Email), ProgressTestContext.Form(seeded.Version, progress: "10")));
        var conflict = ProgressAssert.IsHtml(409, await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version, progress: "30", note: "Ours")));

        ProgressAssert.Is(303, await context.PostFormAsync(token, ProgressTestContext.Form(ProgressAssert.VersionIn(conflict), progress: "30", note: "Ours")));

        Assert.Equal(30, (await context.CurrentAsync()).Progress);
        Assert.Equal(2, (await context.HistoryAsync()).Count);
    }

    [Fact]
    public async Task AStaleJsonUpdateIsAConflictCarryingTheCurrentCommitment()
    {
        await using var context = new ProgressTestContext(azurite);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();
        ProgressAssert.Is(303, await context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version, progress: "10")));

        var response = ProgressAssert.IsJson(409, await context.PostJsonAsync(
            token, JsonSerializer.Serialize(new { status = "InProgress", progress = 90, note = "late", version = seeded.Version })));

        using var json = JsonDocument.Parse(response.Body);
        Assert.Equal("version", json.RootElement.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("current").GetProperty("progress").GetInt32());
        Assert.Equal((await context.CurrentAsync()).Version, json.RootElement.GetProperty("current").GetProperty("version").GetString());
    }

    [Fact]
    public async Task FiftySimultaneousUpdatesFromOneVersionSaveExactlyOnce()
    {
        // Every request reads before any writes, so it is the store's If-Match, not a comparison of
        // versions before the write, that decides which one wins.
        var barrier = new BarrierCommitmentStore(readers: 50);
        await using var context = new ProgressTestContext(azurite, store: barrier.Wrap);
        var seeded = await context.SeedAsync();
        var token = context.TokenFor();

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() =>
            context.PostFormAsync(token, ProgressTestContext.Form(seeded.Version, progress: $"{i}", note: $"Report {i}")))));

        Assert.Equal((1, 49), (barrier.Saved, barrier.Conflicts));
        Assert.All(responses, r => ProgressAssert.Is(r.StatusCode, r));
        Assert.Equal(1, responses.Count(r => r.StatusCode == 303));
        Assert.Equal(49, responses.Count(r => r.StatusCode == 409));
        var entry = Assert.Single(await context.HistoryAsync());
        var stored = await context.CurrentAsync();
        Assert.Equal(entry.NewProgress, stored.Progress);
        Assert.Equal(entry.Note, stored.LastUpdate?.Note);
        Assert.Equal(CommitmentStatus.InProgress, stored.Status);
    }
}
