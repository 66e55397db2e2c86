using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Turns escalated candidates into the secretariat's own messages: one per copied address (the
/// configured <c>EscalationCc</c> and each commitment's escalation contact), listing every
/// commitment escalated to it and whose it is. Pure, like <see cref="DigestPlanner"/>, so the caller
/// can consult the send ledger between collecting and planning.
/// </summary>
/// <remarks>
/// A copied address has no zone of its own: its messages are dated in
/// <see cref="ReminderPolicy.DefaultTimeZone"/>, which is what names their rows in the ledger.
/// </remarks>
public sealed class EscalationPlanner(ReminderPolicy policy)
{
    private readonly ReminderPolicy _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>The clock escalation messages are dated on.</summary>
    public OwnerClock ClockAt(DateTimeOffset now) => _policy.ClockFor(_policy.DefaultTimeZone, now);

    /// <summary>
    /// Every copied address and the items escalated to it by <paramref name="candidates"/>, one item
    /// per commitment naming the owners whose reminders escalated it. An address that is itself one
    /// of those owners is not told about its own commitment.
    /// </summary>
    /// <param name="undeliverable">Owner addresses SendGrid marked undeliverable, by address; each item names those among its commitment's owners.</param>
    public IReadOnlyDictionary<string, List<EscalationItem>> Collect(
        IEnumerable<ReminderCandidate> candidates, DateOnly localDate, IReadOnlyDictionary<string, ContactHealth>? undeliverable = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var byAddress = new Dictionary<string, List<EscalationItem>>(EmailAddresses.Comparer);
        var escalated = candidates
            .Where(c => c.Escalated)
            .GroupBy(c => c.Commitment.Id, StringComparer.Ordinal);
        foreach (var commitment in escalated)
        {
            var first = commitment.First().Commitment;
            // In the commitment's own order (lead first), not the order the candidates were found
            // in, so a read split into shards names the owners as the full read does.
            var owners = first.Owners
                .Where(o => commitment.Any(c => EmailAddresses.AreSame(c.Owner.Email, o.Email)))
                .DistinctBy(o => o.Email, EmailAddresses.Comparer)
                .ToList();
            var item = new EscalationItem(first, commitment.Max(c => c.StageDate), localDate.DayNumber - first.DueDate.DayNumber, owners)
            {
                Unreachable = undeliverable is null ? [] : [.. first.Owners.Select(o => undeliverable.GetValueOrDefault(o.Email)).OfType<ContactHealth>()],
            };
            foreach (var address in CopiedAddresses(first).Where(a => !owners.Any(o => EmailAddresses.AreSame(o.Email, a))))
            {
                if (!byAddress.TryGetValue(address, out var items))
                {
                    byAddress[address] = items = [];
                }

                items.Add(item);
            }
        }

        return byAddress;
    }

    /// <summary>The message for one address: its items most overdue first, at most <see cref="Digest.MaxItems"/>; null when none is left.</summary>
    public static Escalation? Plan(string address, OwnerClock clock, IEnumerable<EscalationItem> unsent)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var items = unsent
            .OrderByDescending(i => i.DaysOverdue)
            .ThenBy(i => i.Commitment.Id, StringComparer.Ordinal)
            .Take(Digest.MaxItems)
            .ToList();
        return items.Count == 0 ? null : new Escalation(address, clock.TimeZone, clock.Today, items);
    }

    private IEnumerable<string> CopiedAddresses(Commitment commitment)
    {
        IEnumerable<string?> addresses = [_policy.EscalationCc, commitment.EscalationEmail];
        return addresses
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a!.Trim())
            .Distinct(EmailAddresses.Comparer);
    }
}
