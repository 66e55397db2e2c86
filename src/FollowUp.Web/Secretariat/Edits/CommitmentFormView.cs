using FollowUp.Core.Import;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>
/// The add or edit form, filled with the stored values or with what the Admin sent (kept after a refusal);
/// <see cref="Version"/> is the one it acts on, <c>null</c> when adding.
/// </summary>
internal sealed record CommitmentFormView(
    string ActionUrl,
    string AntiforgeryField,
    string AntiforgeryToken,
    string? Version,
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyList<OwnerInput> Owners,
    string? Reason)
{
    public bool IsNew => Version is null;

    public string Id => Value(ImportFields.Id);

    public string Commission => Value(ImportFields.Commission);

    public string Sector => Value(ImportFields.Sector);

    public string Source => Value(ImportFields.Source);

    public string Title => Value(ImportFields.Title);

    public string Description => Value(ImportFields.Description);

    public string DueDate => Value(ImportFields.DueDate);

    public string EscalationEmail => Value(ImportFields.EscalationEmail);

    private string Value(string field) => Values.TryGetValue(field, out var value) ? value ?? "" : "";
}
