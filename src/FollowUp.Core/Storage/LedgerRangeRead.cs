using Azure.Data.Tables;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Storage;

/// <summary>
/// Folds the rows of one range read of an address's ledger into an <see cref="OwnerLedger"/>: day rows,
/// the events of each day row's claim (which sort right after it), the head and the contact-health
/// row. Day rows are judged at the end, once all their events are in, by <see cref="LedgerState.Effective"/>.
/// </summary>
internal sealed class LedgerRangeRead(MessageKind kind, string address, DateOnly fromStageDate, DateOnly localDate, DateTimeOffset now, TimeSpan? grace)
{
    private readonly string _dayKey = LedgerDayRow.KeyFor(kind, localDate);
    private readonly string _headKey = LedgerDayRow.HeadKeyFor(kind);
    private readonly List<TableEntity> _days = [];
    private readonly Dictionary<(string Day, string Claim), List<string>> _events = [];
    private string? _head;
    private Delivery.ContactHealth? _contact;

    /// <summary>Released by events or by the grace period: (row key, state before, run id), for the log.</summary>
    public List<(string RowKey, string State, string RunId, bool ByGrace)> Released { get; } = [];

    public void Add(TableEntity row)
    {
        if (row.RowKey == _headKey)
        {
            _head = row.ETag.ToString();
        }
        else if (row.RowKey == ContactHealthRow.Key)
        {
            _contact = ContactHealthRow.Read(address, row);
        }
        else if (DeliveryEventRow.Owner(row.RowKey) is { } owner)
        {
            if (!_events.TryGetValue(owner, out var names))
            {
                _events[owner] = names = [];
            }

            names.Add(row.GetString(DeliveryEventRow.Event) ?? "");
        }
        else
        {
            _days.Add(row);
        }
    }

    /// <summary>What the ledger holds; throws <see cref="FormatException"/> with the row key for a row FollowUp cannot parse.</summary>
    public OwnerLedger Result(Action<string> unreadable)
    {
        var recorded = new HashSet<ReminderKey>();
        LedgerDay? day = null;
        foreach (var row in _days)
        {
            var stored = row.GetString(LedgerDayRow.State);
            var claim = row.GetString(LedgerDayRow.ClaimId) ?? "";
            var events = _events.TryGetValue((row.RowKey, claim), out var names) ? names : [];
            var since = row.GetDateTimeOffset(LedgerDayRow.SettledAt) ?? row.GetDateTimeOffset(LedgerDayRow.ClaimedAt);
            var state = LedgerState.Effective(stored, since, events, now, grace);
            if (state != stored && state == LedgerState.Failed)
            {
                Released.Add((row.RowKey, stored ?? "?", row.GetString(LedgerDayRow.RunId) ?? "?", events.Count == 0));
            }

            var taken = LedgerState.IsTaken(state);
            if (row.RowKey == _dayKey)
            {
                day = new LedgerDay(taken, row.ETag.ToString());
            }

            // A failed or sandboxed message's nudges were never delivered: they are owed again.
            if (!taken)
            {
                continue;
            }

            try
            {
                recorded.UnionWith(LedgerDayRow.Nudges(row, address, fromStageDate));
            }
            catch (FormatException)
            {
                // Without this row FollowUp cannot tell what this address was sent, and guessing could
                // nudge twice: the address is passed over (its day counts as taken) until an operator
                // mends the row, and every other address's message still goes out.
                unreadable(row.RowKey);
                return new OwnerLedger(recorded, new LedgerDay(Taken: true, row.ETag.ToString()), _head, row.RowKey, _contact);
            }
        }

        return new OwnerLedger(recorded, day, _head, Contact: _contact);
    }
}
