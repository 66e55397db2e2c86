namespace FollowUp.Core.Updates;

/// <summary>An update as the owner sent it, every field still text, before any rule is applied.</summary>
public sealed record ProgressInput(string? Status, string? Progress, string? Note, string? Version, string? ExpectedCompletion)
{
    public const string StatusField = "status";
    public const string ProgressField = "progress";
    public const string NoteField = "note";
    public const string VersionField = "version";
    public const string ExpectedCompletionField = "expectedCompletion";

    /// <summary>The field of a problem with the submission as a whole (not JSON, not an object), reported alone.</summary>
    public const string BodyField = "body";

    public static ProgressInput Empty { get; } = new(null, null, null, null, null);
}
