using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Secretariat.Schedule;

/// <summary>
/// The send ledger as it will stand if every planned message goes out: what the real ledger holds,
/// read once per address and kind, plus what earlier planned scans of the schedule would have
/// claimed. It never writes. No row exists for a local day later than the one first read, since a
/// claim is only ever made for an address's own today.
/// </summary>
internal sealed class ProjectedLedger(ISendLedger ledger) : ISendLedger
{
    private readonly Dictionary<(MessageKind, string), (DateOnly From, DateOnly Day, OwnerLedger Read)> _read = new(KeyComparer.Instance);
    private readonly Dictionary<(MessageKind, string), HashSet<ReminderKey>> _planned = new(KeyComparer.Instance);
    private readonly HashSet<(MessageKind, string, DateOnly)> _plannedDays = new(DayComparer.Instance);

    public async Task<OwnerLedger> ReadAsync(MessageKind kind, string address, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        var key = (kind, address);
        if (!_read.TryGetValue(key, out var held) || fromStageDate < held.From)
        {
            held = (fromStageDate, localDate, await ledger.ReadAsync(kind, address, fromStageDate, localDate, cancellationToken).ConfigureAwait(false));
            _read[key] = held;
        }

        var recorded = new HashSet<ReminderKey>(held.Read.Recorded);
        if (_planned.TryGetValue(key, out var planned))
        {
            recorded.UnionWith(planned);
        }

        var day = _plannedDays.Contains((kind, address, localDate)) ? new LedgerDay(true, "")
            : localDate == held.Day ? held.Read.Day
            : null;
        return held.Read with { Recorded = recorded, Day = day };
    }

    /// <summary>Counts a planned message as claimed: its nudges recorded, its local day taken.</summary>
    public void Record(LedgerEntry entry)
    {
        var key = (entry.Kind, entry.To);
        if (!_planned.TryGetValue(key, out var planned))
        {
            _planned[key] = planned = [];
        }

        planned.UnionWith(entry.Nudges);
        _plannedDays.Add((entry.Kind, entry.To, entry.LocalDate));
    }

    public Task<LedgerClaim?> TryClaimAsync(LedgerEntry entry, string runId, OwnerLedger read, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The schedule plans; it never claims.");

    public Task SettleAsync(LedgerClaim claim, SendResult result, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The schedule plans; it never settles.");

    private sealed class KeyComparer : IEqualityComparer<(MessageKind Kind, string Address)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((MessageKind Kind, string Address) x, (MessageKind Kind, string Address) y) =>
            x.Kind == y.Kind && EmailAddresses.Comparer.Equals(x.Address, y.Address);

        public int GetHashCode((MessageKind Kind, string Address) obj) => HashCode.Combine(obj.Kind, EmailAddresses.Comparer.GetHashCode(obj.Address));
    }

    private sealed class DayComparer : IEqualityComparer<(MessageKind Kind, string Address, DateOnly Day)>
    {
        public static readonly DayComparer Instance = new();

        public bool Equals((MessageKind Kind, string Address, DateOnly Day) x, (MessageKind Kind, string Address, DateOnly Day) y) =>
            x.Kind == y.Kind && x.Day == y.Day && EmailAddresses.Comparer.Equals(x.Address, y.Address);

        public int GetHashCode((MessageKind Kind, string Address, DateOnly Day) obj) => HashCode.Combine(obj.Kind, obj.Day, EmailAddresses.Comparer.GetHashCode(obj.Address));
    }
}
