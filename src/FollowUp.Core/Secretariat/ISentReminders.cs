using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>What the send ledger says went out, read for the workspace; the scan's own reads are untouched.</summary>
public interface ISentReminders
{
    /// <summary>How many digests carried each commitment (by id), failed and sandboxed sends left out.</summary>
    Task<IReadOnlyDictionary<string, int>> CountDigestsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every digest and escalation that carried <paramref name="commitment"/> to one of <paramref name="addresses"/>, newest first.</summary>
    Task<IReadOnlyList<SentReminder>> ForCommitmentAsync(Commitment commitment, IEnumerable<string> addresses, CancellationToken cancellationToken = default);
}
