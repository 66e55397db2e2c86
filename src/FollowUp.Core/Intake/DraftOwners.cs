using FollowUp.Core.Commitments;

namespace FollowUp.Core.Intake;

/// <summary>
/// The owners a draft is written with: one per party named, its ministry and address left empty for
/// the secretariat, its time zone proposed from the country; one empty owner when no party is named.
/// </summary>
public static class DraftOwners
{
    public static IReadOnlyList<(string TimeZone, string Role)> Of(IntakeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Parties.Count == 0
            ? [("", Role(OwnerRole.Lead))]
            : [.. draft.Parties.Select((p, i) => (p.TimeZone, Role(i == 0 ? OwnerRole.Lead : OwnerRole.Counterpart)))];
    }

    private static string Role(OwnerRole role) => role.ToString().ToLowerInvariant();
}
