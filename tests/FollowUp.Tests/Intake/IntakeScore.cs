using System.Globalization;
using FollowUp.Core.Intake;

namespace FollowUp.Tests.Intake;

/// <summary>
/// Recall and precision of one document's drafts against its annotation: each draft is matched, in
/// order, to the first undertaking not yet matched whose key its title contains; a draft that
/// matches none (or only one already matched, a duplicate) counts against precision.
/// </summary>
internal sealed record IntakeScore(AnnotatedDocument Document, int Expected, int Drafts, int Found, int SectorsRight, int DatesRight, int DatesExpected, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double Precision => Drafts == 0 ? 1 : (double)Found / Drafts;

    public static IntakeScore Of(AnnotatedDocument document, IReadOnlyList<IntakeDraft> drafts)
    {
        var matched = new bool[document.Undertakings.Count];
        var spurious = new List<string>();
        int found = 0, sectors = 0, dates = 0;
        foreach (var draft in drafts)
        {
            var index = Enumerable.Range(0, matched.Length).FirstOrDefault(
                i => !matched[i] && document.Undertakings[i].Keys.Any(k => draft.Title.Contains(k, StringComparison.OrdinalIgnoreCase)), -1);
            if (index < 0)
            {
                spurious.Add(draft.Title);
                continue;
            }

            matched[index] = true;
            found++;
            var expected = document.Undertakings[index];
            sectors += expected.Sector == draft.Sector ? 1 : 0;
            dates += expected.DueDate is { } due && draft.Due.Date == due ? 1 : 0;
        }

        var missed = document.Undertakings.Where((_, i) => !matched[i]).Select(u => u.Keys[0]).ToList();
        return new IntakeScore(document, document.Undertakings.Count, drafts.Count, found, sectors, dates, document.Undertakings.Count(u => u.DueDate is not null), missed, spurious);
    }

    /// <summary>The row docs/intake.md shows for this document.</summary>
    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Document.Name} | {Document.Set} | {Expected} | {Drafts} | {Found} | {Recall:0.00} | {Precision:0.00} | {SectorsRight}/{Found} | {DatesRight}/{DatesExpected} |");
}
