namespace FollowUp.Core.Reports;

/// <summary>The annex: owners who stay silent, and contacts mail could not reach.</summary>
/// <param name="Undeliverable"><c>null</c> when the snapshot holds no delivery tracking (taken without it): the report says so rather than print an empty list.</param>
public sealed record ReportDataQuality(IReadOnlyList<SilentOwner> SilentOwners, IReadOnlyList<UndeliverableContact>? Undeliverable);
