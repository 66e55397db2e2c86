namespace FollowUp.Cli.Serve;

/// <summary>One .eml file of the local outbox, as the outbox pages show it.</summary>
public sealed record OutboxMessage(
    string FileName,
    DateTimeOffset Date,
    string From,
    string To,
    string Cc,
    string Subject,
    string? Html,
    string? Text,
    IReadOnlyList<OutboxLink> Links);
