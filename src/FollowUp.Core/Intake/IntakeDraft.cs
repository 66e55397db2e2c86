using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Core.Intake;

/// <summary>
/// One proposed commitment: what the text gives (title, sector, parties, due date, the sentence) and
/// why it was proposed (the rule and its cue). Owners are for the secretariat to add.
/// </summary>
/// <param name="Ordinal">1-based, in document order; with the commission it makes the id, so the same text gives the same ids.</param>
/// <param name="Source">Where it came from and why: document, sentence number, rule and cue, and how the due date was found.</param>
public sealed record IntakeDraft(
    int Ordinal,
    string Id,
    string Commission,
    string Title,
    string Sector,
    DueDate Due,
    IReadOnlyList<Country> Parties,
    SourceSentence Sentence,
    UndertakingRule Rule,
    string Cue,
    bool IsNextSession,
    string Source)
{
    /// <summary>The import fields a person must fill before <c>followup import</c> takes this draft.</summary>
    public IReadOnlyList<string> ToFill =>
    [
        .. Enumerable.Range(0, Math.Max(1, Parties.Count)).SelectMany(i => new[]
        {
            $"{ImportFields.Owners}[{i}].{ImportFields.OwnerMinistry}",
            $"{ImportFields.Owners}[{i}].{ImportFields.OwnerEmail}",
        }.Concat(i < Parties.Count ? [] : [$"{ImportFields.Owners}[{i}].{ImportFields.OwnerTimeZone}"])),
        .. Due.Date is null ? [ImportFields.DueDate] : Array.Empty<string>(),
    ];

    /// <summary>The draft's description: the sentence as written, then the parties it names.</summary>
    public string Description
    {
        get
        {
            var parties = Parties.Count == 0 ? "none named" : string.Join(", ", Parties.Select(p => p.Name));
            var text = $"{Sentence.Text}\nParties named: {parties}.";
            return text.Length <= Commitment.MaxDescriptionLength ? text : text[..(Commitment.MaxDescriptionLength - 1)] + "\u2026";
        }
    }
}
