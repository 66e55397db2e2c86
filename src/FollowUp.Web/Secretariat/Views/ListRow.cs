namespace FollowUp.Web.Secretariat.Views;

/// <summary>One commitment in the list.</summary>
internal sealed record ListRow(string Url, string Title, string Commission, string Sector, IReadOnlyList<Owners.OwnerLinkView> Owners, string DueIso, string StatusLabel, int Progress, int DaysOverdue, string? LastUpdateAt, string? LastUpdateLabel, string? LastUpdateBy, int RemindersSent);
