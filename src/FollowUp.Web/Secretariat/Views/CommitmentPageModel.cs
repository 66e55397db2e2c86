namespace FollowUp.Web.Secretariat.Views;

/// <summary>One commitment's page.</summary>
internal sealed record CommitmentPageModel(string BackUrl, string Id, string Title, string Commission, string Sector, string DueIso, int DaysOverdue, string StatusLabel, string? PausedUntil, int Progress, string? Description, string? Source, string? EscalationEmail, IReadOnlyList<OwnerRow> Owners, IReadOnlyList<TimelineRow> Timeline, ActionsForm? Actions, NoticeView? Notice);
