namespace FollowUp.Web.Updates.Views;

/// <summary>What an owner tried to save when someone else saved first.</summary>
internal sealed record ConflictView(string? AttemptedStatus, string? AttemptedProgress);
