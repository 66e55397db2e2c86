using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Storage;

public sealed class TableCommitmentStoreTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task AddedCommitmentReadsBackFieldForField()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var commitment = TestCommitments.Bilateral() with
        {
            Description = "Tariff concessions, rules of origin — and a review date",
            EscalationEmail = "secretariat@example.org",
            Source = "JC8 agreed outcomes",
            PausedUntil = new DateOnly(2027, 1, 15),
            Status = CommitmentStatus.InProgress,
            Progress = 40,
            LastUpdate = new LastUpdate(Morning, "commerce.pk@example.org", "Draft plan shared"),
            CreatedAt = Morning.AddDays(-30),
        };

        var added = Assert.IsType<SaveResult.Saved>(await store.AddAsync(commitment));
        var read = await store.GetAsync(commitment.Id);

        Assert.NotNull(read);
        Assert.False(string.IsNullOrEmpty(read.Version));
        Assert.Equal(added.Commitment.Version, read.Version);
        Assert.Equal(commitment with { Owners = [], Version = null }, read with { Owners = [], Version = null });
        Assert.Equal(commitment.Owners, read.Owners);
    }

    [Fact]
    public async Task AddingAnIdThatExistsIsAConflictAndKeepsTheOriginal()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        await store.AddAsync(TestCommitments.Bilateral());

        var second = await store.AddAsync(TestCommitments.Bilateral() with { Title = "Someone else's title" });

        Assert.IsType<SaveResult.Conflict>(second);
        Assert.Equal(TestCommitments.Bilateral().Title, (await store.GetAsync(TestCommitments.Bilateral().Id))!.Title);
    }

    [Fact]
    public async Task UnknownOrMalformedIdReadsAsNothing()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();

        Assert.Null(await store.GetAsync("no-such-commitment"));
        Assert.Null(await store.GetAsync("bad'id"));
    }

    [Fact]
    public async Task ReplaceWithAStaleVersionIsAConflictAndOverwritesNothing()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        await store.AddAsync(TestCommitments.Bilateral());
        var first = (await store.GetAsync(TestCommitments.Bilateral().Id))!;
        var second = (await store.GetAsync(TestCommitments.Bilateral().Id))!;

        var winner = await store.ReplaceAsync(first with { Progress = 30 });
        var loser = await store.ReplaceAsync(second with { Progress = 60 });

        Assert.IsType<SaveResult.Saved>(winner);
        Assert.IsType<SaveResult.Conflict>(loser);
        Assert.Equal(30, (await store.GetAsync(first.Id))!.Progress);
    }

    [Fact]
    public async Task ReplaceOfADeletedCommitmentIsNotFound()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var ghost = TestCommitments.Bilateral() with { Version = "W/\"datetime'2026-01-01T00%3A00%3A00.0000000Z'\"" };

        Assert.IsType<SaveResult.NotFound>(await store.ReplaceAsync(ghost));
    }

    [Fact]
    public async Task UpsertWritesWhateverIsStored()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();

        await store.UpsertAsync(TestCommitments.Bilateral());
        await store.UpsertAsync(TestCommitments.Bilateral() with { Progress = 10 });

        Assert.Equal(10, (await store.GetAsync(TestCommitments.Bilateral().Id))!.Progress);
    }

    [Fact]
    public async Task HistoryIsAppendedWithTheUpdateAndReadNewestFirst()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        await store.AddAsync(TestCommitments.Bilateral());

        var current = (await store.GetAsync(TestCommitments.Bilateral().Id))!;
        for (var i = 1; i <= 3; i++)
        {
            var entry = new ProgressEntry(Morning.AddDays(i), "commerce.pk@example.org", current.Status, CommitmentStatus.InProgress, current.Progress, i * 10, $"step {i}");
            var saved = Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(current with { Status = CommitmentStatus.InProgress, Progress = i * 10 }, entry));
            current = saved.Commitment;
        }

        var history = await store.GetHistoryAsync(current.Id, 5);
        Assert.Equal(["step 3", "step 2", "step 1"], history.Select(h => h.Note));
        Assert.Equal([30, 20, 10], history.Select(h => h.NewProgress));
        Assert.Equal(2, (await store.GetHistoryAsync(current.Id, 2)).Count);
    }

    [Fact]
    public async Task SecretariatActionLineKeepsItsPersonReasonAndMovedDueDate()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var added = Assert.IsType<SaveResult.Saved>(await store.AddAsync(TestCommitments.Bilateral())).Commitment;
        var moved = new DateOnly(2027, 6, 30);
        var action = new ProgressEntry(
            Morning, "officer@mofa.example.org", added.Status, added.Status, added.Progress, added.Progress, Note: null,
            Source: ProgressSource.Secretariat, Reason: "Ratification moved to the spring sitting", OldDueDate: added.DueDate, NewDueDate: moved);

        Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(added with { DueDate = moved }, action));

        Assert.Equal(action, Assert.Single(await store.GetHistoryAsync(added.Id, 5)));
    }

    [Fact]
    public async Task ConflictingUpdateAddsNoHistoryLine()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        await store.AddAsync(TestCommitments.Bilateral());
        var stale = (await store.GetAsync(TestCommitments.Bilateral().Id))!;
        await store.ReplaceAsync(stale with { Progress = 5 });

        var entry = new ProgressEntry(Morning, "commerce.pk@example.org", stale.Status, stale.Status, 0, 50, "late");
        var result = await store.ReplaceAsync(stale with { Progress = 50 }, entry);

        Assert.IsType<SaveResult.Conflict>(result);
        Assert.Empty(await store.GetHistoryAsync(stale.Id, 10));
    }

    [Fact]
    public async Task QueryStreamsEveryCommitmentAcrossManyPagesAndOpenOnlySkipsFinishedOnes()
    {
        // More than one service page (1,000 entities), and history rows that must not be listed.
        const int count = 1_205;
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var status = i % 10 == 0 ? CommitmentStatus.Completed : i % 10 == 1 ? CommitmentStatus.Cancelled : CommitmentStatus.NotStarted;
            var saved = await store.AddAsync(TestCommitments.Bilateral($"c-{i:D5}") with { Status = status, Progress = status == CommitmentStatus.Completed ? 100 : 0 }, cancellationToken: ct);
            if (i % 100 == 2)
            {
                var c = ((SaveResult.Saved)saved).Commitment;
                await store.ReplaceAsync(c with { Progress = 1 }, new ProgressEntry(Morning, "x@example.org", c.Status, c.Status, 0, 1, null), ct);
            }
        });

        var all = new List<string>();
        await foreach (var c in store.QueryAsync(openOnly: false))
        {
            all.Add(c.Id);
        }

        var open = 0;
        await foreach (var c in store.QueryAsync(openOnly: true))
        {
            Assert.True(c.IsOpen);
            open++;
        }

        Assert.Equal(count, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
        Assert.Equal(Enumerable.Range(0, count).Count(i => i % 10 > 1), open);
    }

    [Fact]
    public async Task ReaderThatStopsEarlyEndsTheQueryCleanlyAndCanReadAgain()
    {
        // The scan streams; a reader that breaks off mid-page (a cancelled command, a caller that
        // found what it wanted) must end the query without a fault.
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1_010), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await store.AddAsync(TestCommitments.Bilateral($"c-{i:D5}"), cancellationToken: ct));

        var firstFive = new List<string>();
        await foreach (var c in store.QueryAsync(openOnly: true))
        {
            firstFive.Add(c.Id);
            if (firstFive.Count == 5)
            {
                break;
            }
        }

        var all = 0;
        await foreach (var _ in store.QueryAsync(openOnly: true))
        {
            all++;
        }

        Assert.Equal(["c-00000", "c-00001", "c-00002", "c-00003", "c-00004"], firstFive);
        Assert.Equal(1_010, all);
    }
}
