using FollowUp.Core.Commitments;
using FollowUp.Core.Reports;
using FollowUp.Core.Snapshots;

namespace FollowUp.Tests.Reports;

/// <summary>
/// Eight commitments with known figures: 1 not started, 2 in progress, 1 blocked, 3 completed (on time,
/// late, date unknown), 1 cancelled; 3 overdue by 4, 10 and 20 days; owners in PK on 6, in AZ on 5.
/// </summary>
internal static class ReportFixture
{
    public const string UrduNote = "رپورٹ وزارت کو بھیج دی گئی ہے";
    public const string AzerbaijaniTitle = "Enerji şəbəkəsinin birləşdirilməsi";
    public const string AzerbaijaniNote = "Hesabat nazirliyə göndərildi; işçi qrupu şənbə günü toplaşacaq";
    public const string MoveReason = "Parliamentary approval is pending";

    public static readonly DateTimeOffset AsOf = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    public static readonly SnapshotHeader Earlier = new("jc8-nov", new(2026, 11, 1, 6, 0, 0, TimeSpan.Zero), new(2026, 11, 1, 6, 0, 0, TimeSpan.Zero), 8, "", false);

    public static IReadOnlyList<SnapshotCommitment> Rows() =>
    [
        Row("agri-seeds", "agriculture", CommitmentStatus.Cancelled, [Pk()]),
        Row("customs-portal", "customs", CommitmentStatus.Completed, [Pk()], due: new(2026, 10, 1), completed: new(2026, 10, 20, 9, 0, 0, TimeSpan.Zero)),
        Row("defence-jv", "defence", CommitmentStatus.Blocked, [Pk(), Az()], due: new(2026, 11, 11), overdue: 20,
            moves: [new DueDateMove(new(2026, 11, 5, 8, 0, 0, TimeSpan.Zero), "secretariat@example.org", new(2026, 10, 1), new(2026, 11, 11), MoveReason)]),
        Row("edu-scholarships", "education", CommitmentStatus.NotStarted, [Az()], overdue: 4),
        Row("energy-grid", "energy", CommitmentStatus.Completed, [Az()], title: AzerbaijaniTitle, note: AzerbaijaniNote),
        Row("health-vaccines", "health", CommitmentStatus.InProgress, [Pk()], overdue: 10),
        Row("trade-notices", "trade", CommitmentStatus.InProgress, [Pk(unanswered: 3), Az()], note: UrduNote),
        Row("trade-plan", "trade", CommitmentStatus.Completed, [Pk(), Az()], due: new(2026, 9, 30), completed: new(2026, 9, 20, 9, 0, 0, TimeSpan.Zero)),
    ];

    /// <summary>The same commitments a month before: customs and energy still open, health not yet overdue, defence due on 1 October, trade-notices' Pakistani owner one reminder behind.</summary>
    public static IReadOnlyList<SnapshotCommitment> EarlierRows() =>
    [
        .. Rows().Select(r => r.Id switch
        {
            "customs-portal" => r with { Status = CommitmentStatus.InProgress, CompletedAt = null },
            "energy-grid" => r with { Status = CommitmentStatus.InProgress },
            "health-vaccines" => r with { IsOverdue = false, DaysOverdue = 0 },
            "defence-jv" => r with { DueDate = new(2026, 10, 1), DueDateMoves = [] },
            "trade-notices" => r with { Owners = [Pk(unanswered: 1), Az()] },
            _ => r,
        }),
    ];

    public static ReportData Data(bool withEarlier = true, ReportGrouping groupBy = ReportGrouping.Sector)
    {
        var rows = Rows();
        var footer = new ReportFooter(AsOf, "jc8-dec", withEarlier ? Earlier.Name : null, AsOf.AddHours(1), SnapshotHash.Of(rows), rows.Count);
        return ReportBuilder.Build(rows, footer, withEarlier ? (Earlier, EarlierRows()) : null, groupBy, ReportRequest.DefaultSilentAfter);
    }

    public static SnapshotOwner Pk(int unanswered = 0) =>
        new("Ministry of Commerce", "commerce.pk@example.org", "Asia/Karachi", OwnerRole.Lead, "PK", 3, 3 - unanswered, unanswered, null, null);

    public static SnapshotOwner Az() =>
        new("Ministry of Economy", "economy.az@example.org", "Asia/Baku", OwnerRole.Counterpart, "AZ", 2, 2, 0, null, null);

    private static SnapshotCommitment Row(
        string id, string sector, CommitmentStatus status, IReadOnlyList<SnapshotOwner> owners, DateOnly? due = null, int overdue = 0,
        DateTimeOffset? completed = null, string? title = null, string? note = null, IReadOnlyList<DueDateMove>? moves = null)
    {
        var update = note is null ? null : new LastUpdate(new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero), owners[^1].Email, note);
        return new SnapshotCommitment(
            id, "pak-aze-jc8", title ?? $"Commitment {id}", sector, due ?? new DateOnly(2027, 3, 31), status,
            status == CommitmentStatus.Completed ? 100 : 30, overdue > 0, overdue, completed, owners, update,
            update is null ? [] : [new SnapshotNote(update.At, update.By, note!)], 0, moves ?? [], null);
    }
}
