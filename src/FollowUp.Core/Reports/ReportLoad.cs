namespace FollowUp.Core.Reports;

/// <summary>What <see cref="BuildReport.LoadAsync"/> found.</summary>
public abstract record ReportLoad
{
    private ReportLoad()
    {
    }

    public sealed record Loaded(ReportData Data) : ReportLoad;

    public sealed record SnapshotNotFound(string Name) : ReportLoad;

    public sealed record SinceNotFound(string Name) : ReportLoad;

    /// <summary>The snapshot to compare with is not earlier than the one reported.</summary>
    public sealed record SinceNotEarlier(string Name, DateTimeOffset SinceAsOf, DateTimeOffset AsOf) : ReportLoad;

    public sealed record StorageFailed(string Reason) : ReportLoad;
}
