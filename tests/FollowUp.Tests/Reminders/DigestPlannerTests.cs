using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

public sealed class DigestPlannerTests
{
    // Thursday 5 June 2025, 10:00 in Karachi.
    private static readonly DateOnly Today = new(2025, 6, 5);
    private static readonly DateTimeOffset Now = LocalTime(Today, 10, Karachi);

    private static readonly ResponsibleParty Planning = Owner("planning@mopd.gov.pk", Karachi, "Ministry of Planning");

    [Fact]
    public void TwoCommitmentsOfOneOwnerMakeOneDigest()
    {
        var planner = Planner();
        var commitments = new[] { CommitmentDue("c1", Today, Planning), CommitmentDue("c2", Today.AddDays(3), Planning) };

        var digest = Assert.Single(planner.Plan(planner.FindCandidates(commitments, Now)));

        Assert.Equal(("planning@mopd.gov.pk", "Ministry of Planning", Karachi, Today), (digest.To, digest.Ministry, digest.TimeZone, digest.LocalDate));
        Assert.Equal(["c1", "c2"], digest.Items.Select(i => i.Commitment.Id));
    }

    [Fact]
    public void EachOwnerOfACommitmentGetsTheirOwnDigest()
    {
        var planner = Planner();
        var commerce = Owner("trade@commerce.gov.pk", Karachi, "Ministry of Commerce");
        var commitment = CommitmentDue("c1", Today, Planning, commerce);

        var digests = planner.Plan(planner.FindCandidates([commitment], Now));

        Assert.Equal(["planning@mopd.gov.pk", "trade@commerce.gov.pk"], digests.Select(d => d.To));
        Assert.All(digests, d => Assert.Equal("c1", Assert.Single(d.Items).Commitment.Id));
    }

    [Fact]
    public void ItemsRunOverdueDueUpcomingStaleThenByDueDateThenId()
    {
        var planner = Planner();
        var commitments = new[]
        {
            CommitmentDue("stale", Today.AddDays(100), Planning) with { CreatedAt = LocalTime(Today.AddDays(-45), 9, Karachi) },
            CommitmentDue("upcoming", Today.AddDays(2), Planning),
            CommitmentDue("due", Today, Planning),
            CommitmentDue("overdue-b", Today.AddDays(-3), Planning),
            CommitmentDue("overdue-a", Today.AddDays(-3), Planning),
            CommitmentDue("overdue-old", Today.AddDays(-20), Planning),
        };

        var digest = Assert.Single(planner.Plan(planner.FindCandidates(commitments, Now)));

        Assert.Equal(
            ["overdue-old", "overdue-a", "overdue-b", "due", "upcoming", "stale"],
            digest.Items.Select(i => i.Commitment.Id));
    }

    [Fact]
    public void OwnerOwedMoreThanADigestHoldsGetsTheMostUrgentAndTheRestWait()
    {
        var planner = Planner();
        var commitments = Enumerable.Range(0, Digest.MaxItems)
            .Select(i => CommitmentDue($"upcoming-{i:D4}", Today.AddDays(2), Planning))
            .Append(CommitmentDue("overdue", Today.AddDays(-3), Planning))
            .ToList();

        var digest = Assert.Single(planner.Plan(planner.FindCandidates(commitments, Now)));

        Assert.Equal(Digest.MaxItems, digest.Items.Count);
        Assert.Equal("overdue", digest.Items[0].Commitment.Id);
        Assert.DoesNotContain(digest.Items, i => i.Commitment.Id == $"upcoming-{Digest.MaxItems - 1:D4}");
    }

    [Fact]
    public void OwnerAddressesDifferingOnlyInCaseShareOneDigest()
    {
        var planner = Planner();
        var commitments = new[]
        {
            CommitmentDue("c1", Today, Owner("Planning@MOPD.gov.pk", Karachi)),
            CommitmentDue("c2", Today, Owner("planning@mopd.gov.pk", Karachi)),
        };

        var digest = Assert.Single(planner.Plan(planner.FindCandidates(commitments, Now)));

        Assert.Equal("Planning@MOPD.gov.pk", digest.To);
        Assert.Equal(2, digest.Items.Count);
    }

    [Fact]
    public void AddressListedInTwoZonesIsReadOnItsFirstRecordsZone()
    {
        // 04:30 UTC: 09:30 in Karachi (may send) but 08:30 in Baku (may not).
        var now = new DateTimeOffset(2025, 6, 5, 4, 30, 0, TimeSpan.Zero);
        var planner = Planner();
        var commitments = new[]
        {
            CommitmentDue("c1", Today, Owner("desk@jc.example", Karachi, "Joint Commission desk")),
            CommitmentDue("c2", Today, Owner("desk@jc.example", Baku, "JC desk (Baku)")),
        };

        var digest = Assert.Single(planner.Plan(planner.FindCandidates(commitments, now)));
        var reversed = planner.FindCandidates(commitments.Reverse(), now);

        Assert.Equal(("Joint Commission desk", Karachi), (digest.Ministry, digest.TimeZone));
        Assert.Equal(["c1", "c2"], digest.Items.Select(i => i.Commitment.Id));
        Assert.Empty(reversed);
    }

    [Fact]
    public void OwnerOutsideTheSendWindowYieldsNoCandidates()
    {
        var planner = Planner();
        var commitments = new[] { CommitmentDue("c1", Today, Planning) };

        Assert.Empty(planner.FindCandidates(commitments, LocalTime(Today, 8, Karachi)));
        Assert.Empty(planner.FindCandidates(commitments, LocalTime(new DateOnly(2025, 6, 7), 10, Karachi)));
    }

    [Fact]
    public void NothingOwedMeansNoDigests()
    {
        var planner = Planner();
        var commitments = new[]
        {
            CommitmentDue("done", Today, Planning) with { Status = CommitmentStatus.Completed, Progress = 100 },
            CommitmentDue("dropped", Today, Planning) with { Status = CommitmentStatus.Cancelled },
            CommitmentDue("paused", Today, Planning) with { PausedUntil = Today.AddDays(1) },
            CommitmentDue("far", Today.AddDays(60), Planning),
        };

        Assert.Empty(planner.Plan(planner.FindCandidates(commitments, Now)));
        Assert.Empty(planner.Plan([]));
    }

    [Fact]
    public void UpdateLinkIsBuiltForTheCommitmentAndItsOwnOwnerRecord()
    {
        var calls = new List<(string, string)>();
        var planner = new DigestPlanner(Policy(), (c, o) =>
        {
            calls.Add((c.Id, o.Email));
            return Link(c, o);
        });
        var commitments = new[]
        {
            CommitmentDue("c1", Today, Owner("Planning@MOPD.gov.pk", Karachi)),
            CommitmentDue("c2", Today, Owner("planning@mopd.gov.pk", Karachi)),
        };

        var digest = Assert.Single(planner.Plan(planner.FindCandidates(commitments, Now)));

        Assert.Equal([("c1", "Planning@MOPD.gov.pk"), ("c2", "planning@mopd.gov.pk")], calls);
        Assert.Equal(new Uri("https://followup.example/u/c2?owner=planning%40mopd.gov.pk"), digest.Items[1].UpdateLink);
    }

    [Fact]
    public void LedgerKeyIgnoresTheCaseOfTheOwnerAddress()
    {
        var day = new DateOnly(2025, 6, 5);
        var key = new ReminderKey("c1", "Planning@MOPD.gov.pk", ReminderStage.Due, day);
        var same = new ReminderKey("c1", "planning@mopd.gov.pk", ReminderStage.Due, day);

        Assert.Equal(key, same);
        Assert.Equal(key.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(key, same with { CommitmentId = "C1" });
        Assert.NotEqual(key, same with { Stage = ReminderStage.Upcoming });
        Assert.NotEqual(key, same with { StageDate = day.AddDays(1) });
    }
}
