using FollowUp.Core.Configuration;
using FollowUp.Core.Intake;

namespace FollowUp.Tests.Intake;

public sealed class DraftDetailTests
{
    private const string Parties = "The Pakistan-Azerbaijan Joint Commission met in Baku.\n";
    private static readonly DateOnly Session = new(2026, 5, 20);

    [Fact]
    public void YearInTheTextIsDueAtItsEnd()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The sides agreed to open a trade house in 2027."));

        Assert.Equal((new DateOnly(2027, 12, 31), DueBasis.Stated), (draft.Due.Date, draft.Due.Basis));
    }

    [Fact]
    public void DateAfterSignedIsNotTheDueDate()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The sides agreed to implement the agreement signed in July 2024."));

        Assert.Equal(DueBasis.Missing, draft.Due.Basis);
        Assert.Contains(Core.Import.ImportFields.DueDate, draft.ToFill);
    }

    [Fact]
    public void ByMarchCountsFromTheSessionDate()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The sides agreed to sign the customs MoU by March.", Session));

        Assert.Equal((new DateOnly(2027, 3, 31), DueBasis.Relative), (draft.Due.Date, draft.Due.Basis));
    }

    [Fact]
    public void WithinSixMonthsCountsFromTheSessionDate()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The sides agreed to hold a business forum within six months.", Session));

        Assert.Equal(new DateOnly(2026, 11, 20), draft.Due.Date);
    }

    [Fact]
    public void ByMarchWithoutAReferenceDateIsLeftToFill()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The sides agreed to sign the customs MoU by March."));

        Assert.Equal((null, DueBasis.Missing), (draft.Due.Date, draft.Due.Basis));
        Assert.Contains("\"by March\" needs a reference date", draft.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void DatelineOfTheDocumentIsTheReferenceDate()
    {
        var outcome = Assert.IsType<IntakeOutcome.Drafted>(IntakeTestRun.Propose(
            "Baku, 20 May 2026 - " + Parties + "The sides agreed to hold a business forum next year."));

        Assert.Equal((Session, ReferenceSource.Document), (outcome.Reference, outcome.ReferenceSource));
        Assert.Equal(new DateOnly(2027, 12, 31), Assert.Single(outcome.Drafts).Due.Date);
    }

    [Fact]
    public void UndatedDraftTakesTheNextSessionsDate()
    {
        var drafts = IntakeTestRun.Drafts(Parties + "The sides agreed to open a trade house. The next session will be held in Islamabad in 2028.");

        Assert.Equal((new DateOnly(2028, 12, 31), DueBasis.NextSession), (drafts[0].Due.Date, drafts[0].Due.Basis));
        Assert.True(drafts[1].IsNextSession);
        Assert.Equal("Hold the next session in Islamabad", drafts[1].Title);
    }

    [Fact]
    public void SectorComesFromTheUndertakingsWords()
    {
        var drafts = IntakeTestRun.Drafts(Parties + "The sides agreed to build a gas pipeline. They also agreed to give scholarships to students.");

        Assert.Equal(["energy", "education"], drafts.Select(d => d.Sector));
    }

    [Fact]
    public void ConfiguredSectorsReplaceTheDefaults()
    {
        var options = new IntakeOptions
        {
            Sectors = [new IntakeSector { Name = "hydrocarbons", Keywords = ["pipeline"] }],
            FallbackSector = "other",
        };

        var drafts = IntakeTestRun.Drafts(Parties + "The sides agreed to build a gas pipeline.\nThey agreed to give scholarships to students.", options: options);

        Assert.Equal(["hydrocarbons", "other"], drafts.Select(d => d.Sector));
    }

    [Fact]
    public void DraftWithoutSectorWordsOrPredecessorTakesTheFallback()
    {
        var options = new IntakeOptions { FallbackSector = "other" };

        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "\nThe sides agreed to meet often.", options: options));

        Assert.Equal("other", draft.Sector);
    }

    [Fact]
    public void OwnersToFillAreNamedPerParty()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "Both sides agreed to open a trade house in 2027."));

        Assert.Equal(["owners[0].ministry", "owners[0].email", "owners[1].ministry", "owners[1].email"], draft.ToFill);
    }

    [Fact]
    public void DraftIdFitsTheIdLimitForALongCommission()
    {
        var id = SessionIntake.DraftId(new string('c', 63) + "x", 7);

        Assert.Equal(64, id.Length);
        Assert.EndsWith("-07", id, StringComparison.Ordinal);
    }
}
