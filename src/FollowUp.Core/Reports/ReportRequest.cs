namespace FollowUp.Core.Reports;

/// <summary>What a report is made from.</summary>
/// <param name="Snapshot">The snapshot to report; <c>null</c> for live data as of now.</param>
/// <param name="Since">The snapshot to compare with; <c>null</c> for the latest one before <paramref name="Snapshot"/>.</param>
/// <param name="SilentAfter">An owner with this many reminders unanswered is listed as silent.</param>
public sealed record ReportRequest(string? Snapshot = null, string? Since = null, ReportGrouping GroupBy = ReportGrouping.Sector, int SilentAfter = ReportRequest.DefaultSilentAfter)
{
    /// <summary>Three, as the third overdue reminder is when the policy escalates.</summary>
    public const int DefaultSilentAfter = 3;
}
