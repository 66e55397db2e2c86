using FollowUp.Core.Reports;

namespace FollowUp.Tests.Reports;

public sealed class ReportFiguresTests
{
    [Fact]
    public void SummaryCountsEveryStatusOfTheFixture()
    {
        var summary = ReportFixture.Data().Summary;

        Assert.Equal(8, summary.Total);
        Assert.Equal(
            [("Not started", 1), ("In progress", 2), ("Blocked", 1), ("Completed", 3), ("Cancelled", 1)],
            summary.ByStatus.Select(c => (c.Label, c.Count)));
    }

    [Fact]
    public void CompletionRateLeavesCancelledCommitmentsOut() =>
        Assert.Equal(3.0 / 7, ReportFixture.Data().Summary.CompletionRate!.Value, 6);

    [Fact]
    public void CompletedCommitmentsSplitIntoOnTimeLateAndDateNotRecorded()
    {
        var summary = ReportFixture.Data().Summary;

        Assert.Equal((1, 1, 1), (summary.OnTime, summary.Late, summary.CompletionDateUnknown));
    }

    [Fact]
    public void MedianDaysOverdueIsTheMiddleOfTheOverdueCommitments()
    {
        var summary = ReportFixture.Data().Summary;

        Assert.Equal(3, summary.Overdue);
        Assert.Equal(10, summary.MedianDaysOverdue);
    }

    [Fact]
    public void CountriesCountACommitmentOnceForEachOwnerCountry()
    {
        var byCountry = ReportFixture.Data().Summary.ByCountry.ToDictionary(c => c.Label, c => c.Count);

        Assert.Equal(6, byCountry[CountryNames.Label("PK")]);
        Assert.Equal(5, byCountry[CountryNames.Label("AZ")]);
    }

    [Fact]
    public void ChangesNameTheNewlyCompletedAndTheNewlyOverdue()
    {
        var changes = ReportFixture.Data().Changes!;

        Assert.Equal(["customs-portal", "energy-grid"], changes.NewlyCompleted.Select(r => r.Id));
        Assert.Equal(["health-vaccines"], changes.NewlyOverdue.Select(r => r.Id));
    }

    [Fact]
    public void MovedDueDateIsListedWithItsReason()
    {
        var moved = Assert.Single(ReportFixture.Data().Changes!.DueDatesMoved);

        Assert.Equal(("defence-jv", new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 11)), (moved.Commitment.Id, moved.From, moved.To));
        Assert.Equal(ReportFixture.MoveReason, Assert.Single(moved.Moves).Reason);
    }

    [Fact]
    public void OwnerWhoLeftThreeRemindersUnansweredIsNewlySilent()
    {
        var silent = Assert.Single(ReportFixture.Data().Changes!.NewlySilent);

        Assert.Equal(("trade-notices", "commerce.pk@example.org", 3), (silent.Commitment.Id, silent.Owner.Email, silent.Owner.UnansweredReminders));
    }

    [Fact]
    public void ReportWithoutAnEarlierSnapshotHasNoChanges() =>
        Assert.Null(ReportFixture.Data(withEarlier: false).Changes);

    [Fact]
    public void UndeliverableContactsAreNotRecordedWhileNoDeliveryIsTracked() =>
        Assert.Null(ReportFixture.Data().DataQuality.Undeliverable);

    [Fact]
    public void SectionsByCountryHoldACommitmentUnderEachOfItsCountries()
    {
        var sections = ReportFixture.Data(groupBy: ReportGrouping.Country).Sections.ToDictionary(s => s.Title, s => s.Commitments.Select(c => c.Id).ToList());

        Assert.Contains("trade-plan", sections[CountryNames.Label("PK")]);
        Assert.Contains("trade-plan", sections[CountryNames.Label("AZ")]);
        Assert.Equal(6, sections[CountryNames.Label("PK")].Count);
    }
}
