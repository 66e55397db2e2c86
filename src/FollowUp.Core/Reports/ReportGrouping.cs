namespace FollowUp.Core.Reports;

/// <summary>How the report's sections divide the commitments.</summary>
public enum ReportGrouping
{
    Sector,

    /// <summary>One section per owner country; a commitment with owners in two countries is in both.</summary>
    Country,
}
