namespace FollowUp.Web.Secretariat.Views;

/// <summary>The overview page.</summary>
internal sealed record OverviewPageModel(int Total, string AtIso, string AtLabel, IReadOnlyList<SingleCount> Singles, IReadOnlyList<ChartGroup> Groups);
