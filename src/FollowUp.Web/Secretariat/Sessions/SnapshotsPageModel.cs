using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The snapshots page: the report's form, the snapshots, and for an Admin the form that freezes one.</summary>
internal sealed record SnapshotsPageModel(NoticeView? Notice, ReportForm Report, IReadOnlyList<SnapshotRow> Rows, SnapshotForm? Create, string? IntakeUrl);
