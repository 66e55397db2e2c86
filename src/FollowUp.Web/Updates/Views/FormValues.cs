namespace FollowUp.Web.Updates.Views;

/// <summary>What the form shows in its fields: the stored values, or what the owner sent back.</summary>
internal sealed record FormValues(string? Status, string? Progress, string? Note, string? ExpectedCompletion, string? Version);
