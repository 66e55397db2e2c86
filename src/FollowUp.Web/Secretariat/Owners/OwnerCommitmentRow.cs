namespace FollowUp.Web.Secretariat.Owners;

/// <summary>One commitment on a ministry's page.</summary>
internal sealed record OwnerCommitmentRow(string Url, string Title, string Commission, string Role, string DueIso, string StatusLabel, int Progress, int DaysOverdue, int RemindersSent);
