using FollowUp.Core.Email;

namespace FollowUp.Core.Reminders;

/// <summary>One planned message, with what the ledger held for its address when it was planned, ready to claim and send.</summary>
/// <param name="Send">Sends it under the claim just made, whose id the message carries for SendGrid's events.</param>
internal sealed record PendingMessage(LedgerEntry Entry, OwnerLedger Read, Func<LedgerClaim, CancellationToken, Task<SendResult>> Send)
{
    public string CommitmentIds => string.Join(",", Entry.Nudges.Select(n => n.CommitmentId));
}
