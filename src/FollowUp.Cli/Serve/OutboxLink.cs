namespace FollowUp.Cli.Serve;

/// <summary>A link found in a message body, listed beside it so it can be followed from the page.</summary>
public sealed record OutboxLink(string Text, string Href);
