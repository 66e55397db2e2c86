using FollowUp.Core.Commitments;
using FollowUp.Core.Snapshots;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Snapshots;

/// <summary>--as-of: the state at an instant, replayed backwards from the current state through the history.</summary>
public sealed class SnapshotRowBuilderTests
{
    private static readonly DateTimeOffset Created = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Report = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Move = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AsOfBeforeAnOwnersReportGivesTheStatusProgressAndLastUpdateBeforeIt()
    {
        var row = Build(Report.AddDays(-1))!;

        Assert.Equal((CommitmentStatus.NotStarted, 0), (row.Status, row.Progress));
        Assert.Null(row.LastUpdate);
        Assert.Empty(row.Notes);
    }

    [Fact]
    public void AsOfAfterTheReportKeepsItsNoteVerbatim()
    {
        var row = Build(Report.AddDays(1))!;

        Assert.Equal((CommitmentStatus.InProgress, 50), (row.Status, row.Progress));
        Assert.Equal("پیش رفت جاری ہے", row.LastUpdate!.Note);
        Assert.Equal("پیش رفت جاری ہے", Assert.Single(row.Notes).Note);
    }

    [Fact]
    public void AsOfBeforeADueDateMoveGivesTheOldDueDate()
    {
        Assert.Equal(new DateOnly(2026, 9, 30), Build(Move.AddDays(-1))!.DueDate);
        var after = Build(Move.AddDays(1))!;
        Assert.Equal(new DateOnly(2026, 12, 31), after.DueDate);
        Assert.Equal("Budget approved late", Assert.Single(after.DueDateMoves).Reason);
    }

    [Fact]
    public void CommitmentCreatedAfterTheInstantIsLeftOut() =>
        Assert.Null(Build(Created.AddDays(-1)));

    [Fact]
    public void ReminderFollowedByTheOwnersReportCountsAsAnswered()
    {
        var sends = new[]
        {
            new ReminderSend("pta-implementation-plan", TestCommitments.Karachi.Email, Report.AddDays(-3)),
            new ReminderSend("pta-implementation-plan", TestCommitments.Karachi.Email, Report.AddDays(7)),
            new ReminderSend("pta-implementation-plan", TestCommitments.Karachi.Email, Report.AddDays(14)),
        };

        var owner = Build(Report.AddDays(20), sends)!.Owners.Single(o => o.Email == TestCommitments.Karachi.Email);

        Assert.Equal((3, 1, 2), (owner.RemindersSent, owner.RemindersAnswered, owner.UnansweredReminders));
    }

    [Fact]
    public void RemindersSentAfterTheInstantAreNotCounted()
    {
        var sends = new[] { new ReminderSend("pta-implementation-plan", TestCommitments.Baku.Email, Report.AddDays(7)) };

        var owner = Build(Report, sends)!.Owners.Single(o => o.Email == TestCommitments.Baku.Email);

        Assert.Equal(0, owner.RemindersSent);
    }

    private static SnapshotCommitment? Build(DateTimeOffset asOf, IEnumerable<ReminderSend>? sends = null)
    {
        var current = TestCommitments.Bilateral(due: new DateOnly(2026, 12, 31)) with
        {
            Status = CommitmentStatus.InProgress,
            Progress = 50,
            CreatedAt = Created,
            LastUpdate = new LastUpdate(Report, TestCommitments.Karachi.Email, "پیش رفت جاری ہے"),
        };
        ProgressEntry[] history =
        [
            new(Move, "secretariat@example.org", CommitmentStatus.InProgress, CommitmentStatus.InProgress, 50, 50, null,
                Source: ProgressSource.Secretariat, Reason: "Budget approved late", OldDueDate: new DateOnly(2026, 9, 30), NewDueDate: new DateOnly(2026, 12, 31)),
            new(Report, TestCommitments.Karachi.Email, CommitmentStatus.NotStarted, CommitmentStatus.InProgress, 0, 50, "پیش رفت جاری ہے"),
        ];
        return SnapshotRowBuilder.Build(new CommitmentRecord(current, history), sends ?? [], asOf, null);
    }
}
