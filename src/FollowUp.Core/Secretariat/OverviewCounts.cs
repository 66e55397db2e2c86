namespace FollowUp.Core.Secretariat;

/// <summary>The overview at one instant.</summary>
/// <param name="SilentOwners">Owners (by address) of at least one silent commitment.</param>
/// <param name="UndeliverableContacts">Owners' addresses that SendGrid's events mark bounced, dropped or spam-reporting.</param>
public sealed record OverviewCounts(
    DateTimeOffset At,
    int Total,
    IReadOnlyList<CountLine> ByStatus,
    IReadOnlyList<CountLine> ByCountry,
    IReadOnlyList<CountLine> OverdueByAge,
    IReadOnlyList<CountLine> DueSoon,
    CountLine SilentOwners,
    CountLine OpenEscalations,
    CountLine UndeliverableContacts,
    int StaleAfterDays);
