using System.Globalization;
using System.Text;
using System.Text.Unicode;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Intake;

/// <summary>
/// The intake use case: a session's outcome document in, draft commitments out. Rule-based and
/// deterministic: the same text, commission and reference date always give the same drafts, ids
/// included, and each draft says which rule picked its sentence. No storage, no clock.
/// </summary>
public sealed class SessionIntake(IOptions<IntakeOptions> options)
{
    /// <summary>For an upload or a file: refuses bytes that are not UTF-8 (a byte order mark is allowed).</summary>
    public IntakeOutcome Propose(ReadOnlySpan<byte> utf8, IntakeRequest request)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8.StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }

        if (!Utf8.IsValid(utf8))
        {
            var chars = new char[utf8.Length];
            Utf8.ToUtf16(utf8, chars, out var validBytes, out _, replaceInvalidSequences: false);
            return new IntakeOutcome.NotUtf8(utf8[..validBytes].Count((byte)'\n') + 1, validBytes + 1);
        }

        return Propose(Encoding.UTF8.GetString(utf8), request);
    }

    /// <summary>For pasted text.</summary>
    public IntakeOutcome Propose(string text, IntakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        if (!CommitmentValidator.IsSlug(request.Commission))
        {
            return new IntakeOutcome.InvalidCommission(
                $"'{request.Commission}' must be lower-case letters, digits and '-', starting and ending with a letter or digit, at most {Commitment.MaxIdLength} characters");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new IntakeOutcome.EmptyText();
        }

        var sentences = SentenceSplitter.Split(text);
        var documentDate = DocumentDate.Find(sentences);
        var reference = request.AsOf ?? documentDate;
        var referenceSource = request.AsOf is not null ? ReferenceSource.AsOf : documentDate is not null ? ReferenceSource.Document : ReferenceSource.None;
        var parties = PartyFinder.OfDocument(sentences);
        var classifier = new SectorClassifier(options.Value);

        var found = new List<(Undertaking Undertaking, string Sector, DueDate? Due)>();
        string? previousSector = null;
        var paragraph = 0;
        foreach (var sentence in sentences)
        {
            foreach (var undertaking in UndertakingFinder.Find(sentence))
            {
                previousSector = sentence.Paragraph == paragraph ? previousSector : null;
                paragraph = sentence.Paragraph;
                var sector = classifier.Classify(undertaking, previousSector);
                previousSector = sector;
                var due = DueDateFinder.Find(undertaking.Body, reference) ?? DueDateFinder.Find(undertaking.Lead, reference);
                found.Add((undertaking, sector, due));
            }
        }

        if (found.Count == 0)
        {
            return new IntakeOutcome.NothingProposed(sentences.Count);
        }

        var nextSession = found.FirstOrDefault(f => f.Undertaking.IsNextSession && f.Due?.Date is not null).Due?.Date;
        var drafts = new List<IntakeDraft>(found.Count);
        foreach (var (undertaking, sector, stated) in found)
        {
            var ordinal = drafts.Count + 1;
            var due = WithNextSession(stated, nextSession);
            drafts.Add(new IntakeDraft(
                ordinal,
                DraftId(request.Commission, ordinal),
                request.Commission,
                TitleProposer.Propose(undertaking),
                sector,
                due,
                PartyFinder.Of(undertaking, parties),
                undertaking.Sentence,
                undertaking.Rule,
                undertaking.Cue,
                undertaking.IsNextSession,
                DraftSource.Describe(request.DocumentName, undertaking, due, reference, referenceSource)));
        }

        return new IntakeOutcome.Drafted(drafts, reference, referenceSource, sentences.Count);
    }

    /// <summary>The commission and the ordinal: stable for the same text, and a slug that fits an id.</summary>
    public static string DraftId(string commission, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(commission);
        var suffix = "-" + ordinal.ToString("D2", CultureInfo.InvariantCulture);
        var room = Commitment.MaxIdLength - suffix.Length;
        return (commission.Length <= room ? commission : commission[..room].TrimEnd('-')) + suffix;
    }

    private static DueDate WithNextSession(DueDate? stated, DateOnly? nextSession) => stated switch
    {
        null => new DueDate(nextSession, null, nextSession is null ? DueBasis.Missing : DueBasis.NextSession),
        { Basis: DueBasis.NextSession } => stated with { Date = nextSession, Basis = nextSession is null ? DueBasis.Missing : DueBasis.NextSession },
        _ => stated,
    };
}
