namespace FollowUp.Core.Email;

/// <summary>A ministry answering for an escalated commitment, and the address its reminders went to.</summary>
public sealed record EscalationEmailOwner(string Ministry, string Email);
