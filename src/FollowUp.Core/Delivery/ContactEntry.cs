namespace FollowUp.Core.Delivery;

/// <summary>One address in <c>followup contacts</c>: whose it is, what it holds, and what SendGrid's events say of it.</summary>
/// <param name="Ministry">The ministries it answers for, as the commitments name them; null for an address that owns nothing (a secretariat).</param>
public sealed record ContactEntry(string Email, string? Ministry, int OpenCommitments, ContactHealth Health);
