using FollowUp.Core.Email;

namespace FollowUp.Core.Reminders;

/// <summary>One planned message, with what the ledger held for its address when it was planned, ready to claim and send.</summary>
internal sealed record PendingMessage(LedgerEntry Entry, OwnerLedger Read, Func<CancellationToken, Task<SendResult>> Send)
{
    public string CommitmentIds => string.Join(",", Entry.Nudges.Select(n => n.CommitmentId));
}
