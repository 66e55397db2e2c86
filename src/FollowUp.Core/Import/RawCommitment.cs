namespace FollowUp.Core.Import;

/// <summary>
/// One commitment as the file spelled it, before any value is interpreted: field name (as in the
/// import contract) to text. JSON and CSV both arrive here, so both obey exactly the same rules.
/// </summary>
public sealed class RawCommitment
{
    public Dictionary<string, string?> Fields { get; } = new(StringComparer.Ordinal);

    public List<Dictionary<string, string?>> Owners { get; } = [];

    /// <summary>Problems the reader found in the shape of the row (unknown fields, wrong JSON types).</summary>
    public List<Commitments.ValidationError> ShapeErrors { get; } = [];

    public string? Get(string field) => Fields.TryGetValue(field, out var value) ? value : null;
}
