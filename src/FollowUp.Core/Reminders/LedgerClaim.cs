namespace FollowUp.Core.Reminders;

/// <summary>A run's hold on one message for one local day, as written to the send ledger.</summary>
/// <param name="ClaimId">Written with the claim, so that a write the storage client retried is recognised as ours.</param>
/// <param name="Version">The ledger's concurrency token for the day's row, so only the claiming run can settle it.</param>
public sealed record LedgerClaim(LedgerEntry Entry, string RunId, string ClaimId, string Version);
