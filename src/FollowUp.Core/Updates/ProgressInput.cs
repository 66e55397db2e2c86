namespace FollowUp.Core.Updates;

/// <summary>An update as the owner sent it, every field still text, before any rule is applied.</summary>
internal sealed record ProgressInput(string? Status, string? Progress, string? Note, string? Version, string? ExpectedCompletion)
{
    public const string StatusField = "status";
    public const string ProgressField = "progress";
    public const string NoteField = "note";
    public const string VersionField = "version";
    public const string ExpectedCompletionField = "expectedCompletion";
}
