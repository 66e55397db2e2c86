namespace FollowUp.Web.Secretariat.Views;

/// <summary>A group of counts: its chart's bars and its table's rows.</summary>
internal sealed record ChartGroup(string Id, string Heading, string Summary, int Height, IReadOnlyList<ChartRow> Rows);
