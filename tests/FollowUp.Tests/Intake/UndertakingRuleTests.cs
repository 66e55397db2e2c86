using FollowUp.Core.Intake;

namespace FollowUp.Tests.Intake;

public sealed class UndertakingRuleTests
{
    private const string Parties = "The Pakistan-Azerbaijan Joint Commission met in Baku.\n";

    [Fact]
    public void VerbsJoinedByAndAreSeparateDrafts()
    {
        var drafts = IntakeTestRun.Drafts(Parties + "The sides agreed to implement the trade agreement and explore joint ventures.");

        Assert.Equal(["Implement the trade agreement", "Explore joint ventures"], drafts.Select(d => d.Title));
    }

    [Fact]
    public void EachCueAfterAndOpensItsOwnDraft()
    {
        var drafts = IntakeTestRun.Drafts(Parties + "The sides agreed on a joint approach to river water and decided to develop a hydropower project.");

        Assert.Equal(["agreed-to", "decided-to"], drafts.Select(d => d.Rule.Id));
        Assert.Equal("A joint approach to river water", drafts[0].Title);
    }

    [Fact]
    public void CueInsideAnUndertakingDoesNotOpenAnother()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "They pledged to expedite the signing of an MoU on customs data."));

        Assert.Equal("pledged-to", draft.Rule.Id);
        Assert.Equal("Expedite the signing of an MoU on customs data", draft.Title);
    }

    [Fact]
    public void WishToEnhanceCooperationInSectorsIsNotProposed()
    {
        var outcome = IntakeTestRun.Propose(Parties + "Both sides reaffirmed their commitment to enhance cooperation in energy, trade and education.");

        Assert.IsType<IntakeOutcome.NothingProposed>(outcome);
    }

    [Fact]
    public void PastClauseIsLeftOutOfTheTitle()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The two countries agreed to implement the trade agreement, signed in July 2024."));

        Assert.Equal("Implement the trade agreement", draft.Title);
    }

    [Fact]
    public void GerundBecomesThePlainVerb()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "Both nations committed to accelerating an MoU on defence production."));

        Assert.Equal("Accelerate an MoU on defence production", draft.Title);
    }

    [Fact]
    public void InvitedPartyIsNamedInTheTitleAndAsTheOnlyParty()
    {
        var drafts = IntakeTestRun.Drafts(Parties + "Talks covered advancing the gas storage project, with Azerbaijan invited to participate in pipeline projects.");

        Assert.Equal(["advance-project", "invited-to"], drafts.Select(d => d.Rule.Id));
        Assert.Equal("Invite Azerbaijan to participate in pipeline projects", drafts[1].Title);
        Assert.Equal(["Azerbaijan"], drafts[1].Parties.Select(p => p.Name));
    }

    [Fact]
    public void BothSidesAreTheCommissionsParties()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "Both sides agreed to hold a business forum."));

        Assert.Equal(["Pakistan", "Azerbaijan"], draft.Parties.Select(p => p.Name));
    }

    [Fact]
    public void NewBodyIsProposedWithoutTheSentencesPredicate()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The creation of new joint working groups marks a step forward."));

        Assert.Equal("create-body", draft.Rule.Id);
        Assert.Equal("Create new joint working groups", draft.Title);
    }

    [Fact]
    public void DocumentToBeSignedIsProposedAsSigningIt()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "A memorandum on railway training is to be signed soon."));

        Assert.Equal("Sign a memorandum on railway training", draft.Title);
    }

    [Fact]
    public void SentenceWithoutCueIsNotProposed()
    {
        var outcome = IntakeTestRun.Propose(Parties + "The session was co-chaired by the two ministers. Visits have deepened ties.");

        Assert.Equal(2 + 1, Assert.IsType<IntakeOutcome.NothingProposed>(outcome).Sentences);
    }

    [Fact]
    public void EachDraftSaysWhichRuleAndSentencePickedIt()
    {
        var draft = Assert.Single(IntakeTestRun.Drafts(Parties + "The session went well. The sides pledged to open a trade house."));

        Assert.StartsWith("intake of outcome.txt, sentence 3: rule pledged-to (\"pledged to\")", draft.Source, StringComparison.Ordinal);
        Assert.StartsWith("The sides pledged to open a trade house.", draft.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void SameTextGivesTheSameDraftsAndIds()
    {
        var text = File.ReadAllText(IntakeAnnotations.FixturePath("pak-tur-hlscc7.txt"));

        var first = IntakeTestRun.Drafts(text);
        var second = IntakeTestRun.Drafts(text);

        Assert.Equal(first.Select(d => (d.Id, d.Title, d.Sector, d.Due, d.Source)), second.Select(d => (d.Id, d.Title, d.Sector, d.Due, d.Source)));
        Assert.Equal("pak-aze-jc9-01", first[0].Id);
    }
}
