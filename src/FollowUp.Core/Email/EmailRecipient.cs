namespace FollowUp.Core.Email;

/// <summary>The one address a message goes to, with the display name the reader knows it by (a ministry), if any.</summary>
public sealed record EmailRecipient(string Address, string? Name);
