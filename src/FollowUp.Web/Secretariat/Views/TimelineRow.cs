namespace FollowUp.Web.Secretariat.Views;

/// <summary>One line of the timeline.</summary>
internal sealed record TimelineRow(string AtIso, string AtLabel, string Kind, string KindLabel, string? By, string Summary, string? Reason, string? Note);
