using System.Globalization;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Intake;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The review page and its JSON twin, from the use case's drafts.</summary>
internal static class IntakeViews
{
    public static ReviewPageModel Review(IntakeResult.Proposed proposed, DraftsForm download, string intakeUrl)
    {
        var drafted = proposed.Drafted;
        var document = proposed.Request.DocumentName ?? "the pasted text";
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Proposed {drafted.Drafts.Count} draft {(drafted.Drafts.Count == 1 ? "commitment" : "commitments")} from {document} ({drafted.Sentences} sentences).");
        var reference = drafted.Reference is { } date
            ? $"Relative dates are counted from {IsoDate.Format(date)} ({(drafted.ReferenceSource == ReferenceSource.AsOf ? "the session date given" : "the document's date")})."
            : "There is no reference date, so \"by March\" or \"next year\" are left to fill in: give the session date to resolve them.";
        var drafts = drafted.Drafts.Select(d => new DraftView(
            d.Id, d.Title, d.Sector,
            d.Due.Date is { } due ? IsoDate.Format(due) : null,
            "None found: to fill",
            d.Parties.Count == 0 ? "None named: the secretariat names the owners" : string.Join(", ", d.Parties.Select(p => p.Name)),
            d.Sentence.Number, d.Sentence.Text, d.Rule.Id, d.Rule.Explains, d.Cue, d.Source, d.ToFill)).ToList();
        return new ReviewPageModel(summary, reference, drafts, download, intakeUrl);
    }

    /// <summary><c>{ "commission", "sentences", "reference", "referenceSource", "drafts": [ … ] }</c>, each draft with its sentence, rule and what is still to fill.</summary>
    public static string Json(IntakeResult.Proposed proposed) => SecretariatJson.Write(w =>
    {
        var drafted = proposed.Drafted;
        w.WriteStartObject();
        w.WriteString("commission", proposed.Request.Commission);
        w.WriteNumber("sentences", drafted.Sentences);
        w.WriteString("reference", drafted.Reference is { } r ? IsoDate.Format(r) : null);
        w.WriteString("referenceSource", Camel(drafted.ReferenceSource.ToString()));
        w.WriteStartArray("drafts");
        foreach (var d in drafted.Drafts)
        {
            Draft(w, d);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Draft(Utf8JsonWriter w, IntakeDraft d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("title", d.Title);
        w.WriteString("sector", d.Sector);
        w.WriteString("dueDate", d.Due.Date is { } due ? IsoDate.Format(due) : null);
        w.WriteString("dueBasis", Camel(d.Due.Basis.ToString()));
        w.WriteString("duePhrase", d.Due.Phrase);
        w.WriteStartArray("parties");
        foreach (var p in d.Parties)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("timeZone", p.TimeZone);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("sentence");
        w.WriteNumber("number", d.Sentence.Number);
        w.WriteString("text", d.Sentence.Text);
        w.WriteEndObject();
        w.WriteString("rule", d.Rule.Id);
        w.WriteString("cue", d.Cue);
        w.WriteString("source", d.Source);
        w.WriteStartArray("toFill");
        foreach (var field in d.ToFill)
        {
            w.WriteStringValue(field);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
