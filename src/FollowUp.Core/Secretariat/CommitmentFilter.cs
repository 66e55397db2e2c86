using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Which commitments the secretariat's list shows and in what order: every property is one query
/// parameter of a shareable URL, and null (or false) means "any".
/// </summary>
/// <param name="Owner">A ministry's name (contains, case-insensitive) or an owner's address (canonical).</param>
/// <param name="OverdueFrom">Overdue by at least this many days (with <paramref name="OverdueTo"/>, an age band).</param>
/// <param name="DueWithinDays">Open and due between today and this many days from now, by the UTC calendar.</param>
public sealed record CommitmentFilter(
    string? Commission = null,
    string? Sector = null,
    CommitmentStatus? Status = null,
    string? Country = null,
    string? Owner = null,
    int? DueWithinDays = null,
    bool Overdue = false,
    bool Silent = false,
    bool Escalated = false,
    bool Undeliverable = false,
    int? OverdueFrom = null,
    int? OverdueTo = null,
    CommitmentSort Sort = CommitmentSort.Due,
    bool Descending = false)
{
    public static CommitmentFilter All { get; } = new();

    public bool Matches(CommitmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var c = facts.Commitment;
        return (Commission is null || string.Equals(c.Commission, Commission, StringComparison.OrdinalIgnoreCase))
            && (Sector is null || string.Equals(c.Sector, Sector, StringComparison.OrdinalIgnoreCase))
            && (Status is null || c.Status == Status)
            && (Country is null || c.Owners.Any(o => string.Equals(o.Country, Country, StringComparison.OrdinalIgnoreCase)))
            && (Owner is null || c.Owners.Any(o => IsOwner(o, Owner)))
            && (DueWithinDays is not { } days || (c.IsOpen && facts.DaysToDue >= 0 && facts.DaysToDue <= days))
            && (!Overdue || facts.IsOverdue)
            && (!Silent || facts.IsSilent)
            && (!Escalated || facts.IsEscalated)
            && (!Undeliverable || facts.IsUndeliverable)
            && (OverdueFrom is not { } from || (facts.IsOverdue && facts.DaysOverdue >= from))
            && (OverdueTo is not { } to || (facts.IsOverdue && facts.DaysOverdue <= to));
    }

    private static bool IsOwner(ResponsibleParty owner, string wanted) =>
        wanted.Contains('@', StringComparison.Ordinal)
            ? EmailAddresses.AreSame(owner.Email, wanted)
            : owner.Ministry.Contains(wanted, StringComparison.OrdinalIgnoreCase);
}
