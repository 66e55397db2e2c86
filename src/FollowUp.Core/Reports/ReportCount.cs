namespace FollowUp.Core.Reports;

public sealed record ReportCount(string Label, int Count);
