using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Core.Secretariat.Edits;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using FollowUp.Tests.Updates;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Workspace;

/// <summary>
/// Adding in the workspace must leave either nothing or the commitment with the history line naming
/// who added it and why: a crash after the first storage write must not leave it anonymous.
/// </summary>
public sealed class AddCommitmentAtomicityTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string Id = "visa-facilitation";

    [Fact]
    public async Task ACrashAfterTheFirstWriteLeavesNoCommitmentWithoutItsHistoryLine()
    {
        await using var tables = azurite.CreateTables();
        var real = tables.CreateCommitmentStore();
        var store = new CrashingAfterOneWrite().Wrap(real);
        var add = new AddCommitment(store, new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)));

        try
        {
            Assert.IsType<AddOutcome.Added>(await add.AddAsync(Values(), "Agreed at the ninth session", "amina@secretariat.example.org"));
        }
        catch (CrashException)
        {
            // The process died here; what storage holds is what counts.
        }

        if (await real.GetAsync(Id) is not null)
        {
            var line = Assert.Single(await real.GetHistoryAsync(Id, 10));
            Assert.Equal(("amina@secretariat.example.org", "Agreed at the ninth session"), (line.By, line.Reason));
        }
    }

    [Fact]
    public async Task TheStoreWritesACreateAndItsFirstHistoryLineTogetherOrNotAtAll()
    {
        await using var tables = azurite.CreateTables();
        var store = tables.CreateCommitmentStore();
        var line = new ProgressEntry(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), "amina@secretariat.example.org", CommitmentStatus.NotStarted, CommitmentStatus.NotStarted, 0, 0, "Added");

        Assert.IsType<SaveResult.Saved>(await store.AddAsync(TestCommitments.Bilateral(), line));
        var again = await store.AddAsync(TestCommitments.Bilateral() with { Title = "Someone else's" }, line with { Note = "Second" });

        Assert.IsType<SaveResult.Conflict>(again);
        Assert.Equal("Added", Assert.Single(await store.GetHistoryAsync(TestCommitments.Bilateral().Id, 10)).Note);
        Assert.Equal(TestCommitments.Bilateral().Title, (await store.GetAsync(TestCommitments.Bilateral().Id))!.Title);
    }

    private static RawCommitment Values()
    {
        var raw = new RawCommitment();
        raw.Fields[ImportFields.Id] = Id;
        raw.Fields[ImportFields.Commission] = "pak-aze-jc8";
        raw.Fields[ImportFields.Sector] = "travel";
        raw.Fields[ImportFields.Title] = "Ease business visas";
        raw.Fields[ImportFields.DueDate] = "2027-12-31";
        raw.Owners.Add(new(StringComparer.Ordinal)
        {
            [ImportFields.OwnerMinistry] = "Ministry of Interior",
            [ImportFields.OwnerEmail] = "interior.pk@example.org",
            [ImportFields.OwnerTimeZone] = "Asia/Karachi",
            [ImportFields.OwnerRole] = "lead",
        });
        return raw;
    }

    private sealed class CrashException : Exception;

    /// <summary>Lets the first write through, then dies before any other.</summary>
    private sealed class CrashingAfterOneWrite : DelegatingCommitmentStore
    {
        private int _writes;

        public override Task<SaveResult> AddAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _writes) == 1 ? base.AddAsync(commitment, history, cancellationToken) : throw new CrashException();

        public override Task<SaveResult> ReplaceAsync(Commitment commitment, ProgressEntry? history = null, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _writes) == 1 ? base.ReplaceAsync(commitment, history, cancellationToken) : throw new CrashException();
    }
}
