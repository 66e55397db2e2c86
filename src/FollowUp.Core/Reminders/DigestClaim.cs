namespace FollowUp.Core.Reminders;

/// <summary>A run's hold on one owner's digest for one local day, as written to the send ledger.</summary>
/// <param name="Version">The ledger's concurrency token for the day's row, so only the claiming run can settle it.</param>
public sealed record DigestClaim(Digest Digest, string RunId, string Version);
