namespace FollowUp.Core.Reminders;

/// <summary>An owner's digest row for one local day, as read.</summary>
/// <param name="Taken">Sent, or claimed by a run; false only when its send failed and may be tried again.</param>
/// <param name="Version">The row's concurrency token, so a retry claims it only if nobody did in between.</param>
public sealed record LedgerDay(bool Taken, string Version);
