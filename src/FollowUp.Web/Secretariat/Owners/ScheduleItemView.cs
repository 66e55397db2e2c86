namespace FollowUp.Web.Secretariat.Owners;

/// <summary>One commitment in a planned message.</summary>
internal sealed record ScheduleItemView(string Url, string Title, string Stage, string StageDate, bool Escalated);
