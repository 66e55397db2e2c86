namespace FollowUp.Core.Email;

/// <summary>An owner of an escalated commitment whose address SendGrid marked undeliverable, worded for the reader.</summary>
/// <param name="Reason">SendGrid's reason, e.g. "550 5.1.1 The email account that you tried to reach does not exist".</param>
/// <param name="Since">When it was marked, e.g. "28 November 2026".</param>
public sealed record EscalationEmailUnreachable(string Email, string Reason, string Since);
