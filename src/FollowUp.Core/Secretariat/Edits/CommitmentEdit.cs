using FollowUp.Core.Import;

namespace FollowUp.Core.Secretariat.Edits;

/// <summary>
/// An Admin's edit as sent: the editable fields (<see cref="Editable"/>) and owners, spelt as the
/// import contract spells them, so the import's rules read them; <see cref="Version"/> is the
/// version the form was made on.
/// </summary>
/// <param name="By">The signed-in person, recorded in the history line.</param>
public sealed record CommitmentEdit(string? Version, RawCommitment Values, string? Reason, string By)
{
    public const string VersionField = "version";
    public const string ReasonField = "reason";

    /// <summary>The fields an edit may change besides the owners; the rest of the commitment is as stored.</summary>
    public static readonly IReadOnlyList<string> Editable =
        [ImportFields.Title, ImportFields.Description, ImportFields.DueDate, ImportFields.EscalationEmail];
}
