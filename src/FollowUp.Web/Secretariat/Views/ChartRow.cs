namespace FollowUp.Web.Secretariat.Views;

/// <summary>One bar and one table row; the bar's width is out of 100, the largest count's.</summary>
internal sealed record ChartRow(string Label, int Count, string? Url, int BarWidth, int Y);
