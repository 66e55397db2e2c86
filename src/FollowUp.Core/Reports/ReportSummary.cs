namespace FollowUp.Core.Reports;

/// <summary>The executive summary's figures.</summary>
/// <param name="CompletionRate">Completed out of all but the cancelled, 0 to 1; <c>null</c> when there are none.</param>
/// <param name="OnTime">Completed on or before the due date in every owner's zone.</param>
/// <param name="Late">Completed after the due date in some owner's zone.</param>
/// <param name="CompletionDateUnknown">Completed, with no history line saying when (imported as completed).</param>
/// <param name="MedianDaysOverdue">Over the overdue commitments; <c>null</c> when none is overdue.</param>
public sealed record ReportSummary(
    int Total,
    IReadOnlyList<ReportCount> ByStatus,
    IReadOnlyList<ReportCount> ByCountry,
    double? CompletionRate,
    int OnTime,
    int Late,
    int CompletionDateUnknown,
    int Overdue,
    double? MedianDaysOverdue);
