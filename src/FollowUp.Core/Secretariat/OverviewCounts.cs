namespace FollowUp.Core.Secretariat;

/// <summary>
/// The overview at one instant. Undeliverable contacts are left out: they come with delivery
/// tracking, whose contact-health store does not exist yet.
/// </summary>
/// <param name="SilentOwners">Owners (by address) of at least one silent commitment.</param>
public sealed record OverviewCounts(
    DateTimeOffset At,
    int Total,
    IReadOnlyList<CountLine> ByStatus,
    IReadOnlyList<CountLine> ByCountry,
    IReadOnlyList<CountLine> OverdueByAge,
    IReadOnlyList<CountLine> DueSoon,
    CountLine SilentOwners,
    CountLine OpenEscalations,
    int StaleAfterDays);
