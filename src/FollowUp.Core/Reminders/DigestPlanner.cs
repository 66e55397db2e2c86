using FollowUp.Core.Commitments;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Turns commitments into the digests to send at one instant, in two pure steps so that the caller
/// can consult the send ledger (remote and asynchronous) in between: <see cref="StartScan"/> yields
/// candidates while the store streams, and <see cref="PlanFor"/> builds one address's digest from
/// the candidates its ledger has not recorded (<see cref="ScanPlanning"/> does both).
/// A digest goes to its owner alone; escalations are planned by <see cref="EscalationPlanner"/>.
/// </summary>
/// <param name="updateLink">Builds an owner's own update link for a commitment (signed elsewhere).</param>
public sealed class DigestPlanner(ReminderPolicy policy, Func<Commitment, ResponsibleParty, Uri> updateLink)
{
    private readonly ReminderPolicy _policy = policy ?? throw new ArgumentNullException(nameof(policy));

    private readonly Func<Commitment, ResponsibleParty, Uri> _updateLink =
        updateLink ?? throw new ArgumentNullException(nameof(updateLink));

    /// <summary>
    /// The candidate of every (commitment, owner) pair whose owner may receive mail now. Closed,
    /// paused and not-yet-owed pairs yield nothing; already-sent ones are still returned.
    /// </summary>
    /// <remarks>
    /// An address listed on several commitments with different zones is read on the zone of its
    /// first record in <paramref name="commitments"/> order, so that its digest has one local date
    /// and one send window. Pass commitments in a stable order (the store's key order) to keep that
    /// choice the same from scan to scan.
    /// </remarks>
    public IReadOnlyList<ReminderCandidate> FindCandidates(IEnumerable<Commitment> commitments, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var scan = StartScan(now);
        var candidates = new List<ReminderCandidate>();
        foreach (var commitment in commitments)
        {
            candidates.AddRange(scan.Candidates(commitment));
        }

        return candidates;
    }

    /// <summary>
    /// A scan over a stream of commitments at one instant: it keeps one clock per owner address and
    /// nothing per commitment, so a scan of any size holds memory in proportion to owners.
    /// </summary>
    public CandidateScan StartScan(DateTimeOffset now) => new(_policy, now);

    /// <summary>One digest per owner address, as <see cref="PlanFor"/> builds it. No candidates, no digest.</summary>
    public IReadOnlyList<Digest> Plan(IEnumerable<ReminderCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .GroupBy(c => c.Owner.Email, EmailAddresses.Comparer)
            .Select(g => PlanFor([.. g]))
            .ToList();
    }

    /// <summary>
    /// The digest of one owner address, headed by its first candidate: its spelling of the address,
    /// its ministry name, and its clock's zone and date. Items run overdue, due, upcoming, stale,
    /// then by due date and id.
    /// </summary>
    /// <remarks>
    /// An address owed more than <see cref="Digest.MaxItems"/> gets the most urgent ones; the rest
    /// stay unrecorded, so a later day's scan plans them again (or their later stage, if one is owed by then).
    /// </remarks>
    /// <exception cref="ArgumentException">The candidates are empty, or not all of one address.</exception>
    public Digest PlanFor(IReadOnlyList<ReminderCandidate> candidatesOfOneAddress)
    {
        ArgumentNullException.ThrowIfNull(candidatesOfOneAddress);
        if (candidatesOfOneAddress.Count == 0)
        {
            throw new ArgumentException("A digest has at least one item.", nameof(candidatesOfOneAddress));
        }

        var first = candidatesOfOneAddress[0];
        if (candidatesOfOneAddress.Any(c => !EmailAddresses.AreSame(c.Owner.Email, first.Owner.Email)))
        {
            throw new ArgumentException("A digest is for one address.", nameof(candidatesOfOneAddress));
        }

        var items = candidatesOfOneAddress
            .DistinctBy(c => c.Commitment.Id, StringComparer.Ordinal)
            .OrderBy(c => c.Stage)
            .ThenBy(c => c.Commitment.DueDate)
            .ThenBy(c => c.Commitment.Id, StringComparer.Ordinal)
            .Take(Digest.MaxItems)
            .Select(c => new DigestItem(
                c.Commitment,
                c.Stage,
                c.StageDate,
                c.OverdueReminder,
                c.Escalated,
                _updateLink(c.Commitment, c.Owner)))
            .ToList();

        return new Digest(first.Owner.Email, first.Owner.Ministry, first.Clock.TimeZone, first.Clock.Today, items);
    }
}
