using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Reminders.ReminderTestData;

namespace FollowUp.Tests.Reminders;

public sealed class EscalationPlannerTests
{
    // Thursday 5 June 2025, 10:00 in Karachi.
    private static readonly DateOnly Today = new(2025, 6, 5);
    private static readonly DateTimeOffset Now = LocalTime(Today, 10, Karachi);

    private static readonly ResponsibleParty Planning = Owner("planning@mopd.gov.pk", Karachi, "Ministry of Planning");
    private static readonly ResponsibleParty Economy = Owner("economy@economy.gov.az", Baku, "Ministry of Economy");

    private static IReadOnlyDictionary<string, List<EscalationItem>> Collect(ReminderPolicy policy, params Commitment[] commitments) =>
        new EscalationPlanner(policy).Collect(Planner(policy).FindCandidates(commitments, Now), Today);

    [Fact]
    public void EachCopiedAddressGetsOneMessageWhateverItsSpellingAndNeverAboutItsOwnCommitment()
    {
        var escalatedAt = Today.AddDays(-15);

        var byAddress = Collect(
            Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk"),
            CommitmentDue("a", escalatedAt, Planning) with { EscalationEmail = "Secretariat@MOFA.gov.pk" },
            CommitmentDue("b", escalatedAt, Planning) with { EscalationEmail = "PLANNING@mopd.gov.pk" },
            CommitmentDue("c", escalatedAt, Planning) with { EscalationEmail = "secretary@mopd.gov.pk" },
            CommitmentDue("d", escalatedAt, Planning) with { EscalationEmail = "SECRETARY@mopd.gov.pk" });

        Assert.Equal(["secretariat@mofa.gov.pk", "secretary@mopd.gov.pk"], byAddress.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "c", "d"], byAddress["secretariat@mofa.gov.pk"].Select(i => i.Commitment.Id));
        Assert.Equal(["c", "d"], byAddress["SECRETARY@mopd.gov.pk"].Select(i => i.Commitment.Id));
    }

    [Fact]
    public void OnlyEscalatedCommitmentsReachTheirEscalationContact()
    {
        var byAddress = Collect(
            Policy(),
            CommitmentDue("escalated", Today.AddDays(-15), Planning) with { EscalationEmail = "secretary@mopd.gov.pk" },
            CommitmentDue("early", Today.AddDays(-1), Planning) with { EscalationEmail = "minister@mopd.gov.pk" });

        var item = Assert.Single(Assert.Single(byAddress).Value);
        Assert.Equal(("secretary@mopd.gov.pk", "escalated", 15), (Assert.Single(byAddress).Key, item.Commitment.Id, item.DaysOverdue));
    }

    [Fact]
    public void NothingIsEscalatedBeforeTheThirdOverdueReminderEvenWithASecretariatConfigured() =>
        Assert.Empty(Collect(Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk"), CommitmentDue("c1", Today.AddDays(-8), Planning)));

    [Fact]
    public void ACommitmentOfTwoOwnersIsOneItemNamingBoth()
    {
        var byAddress = Collect(Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk"), CommitmentDue("shared", Today.AddDays(-15), Planning, Economy));

        var item = Assert.Single(byAddress["secretariat@mofa.gov.pk"]);
        Assert.Equal(["Ministry of Planning", "Ministry of Economy"], item.Owners.Select(o => o.Ministry));
    }

    [Fact]
    public void ItemNamesTheOwnersInTheCommitmentsOrderWhateverOrderTheirCandidatesCameIn()
    {
        // A scan read in shards gathers each owner's candidates in its own shard, in no set order.
        var policy = Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk");
        var candidates = Planner(policy).FindCandidates([CommitmentDue("shared", Today.AddDays(-15), Planning, Economy)], Now).Reverse();

        var item = Assert.Single(new EscalationPlanner(policy).Collect(candidates, Today)["secretariat@mofa.gov.pk"]);
        Assert.Equal(["Ministry of Planning", "Ministry of Economy"], item.Owners.Select(o => o.Ministry));
    }

    [Fact]
    public void MessageListsTheMostOverdueFirstAndIsNotPlannedWhenNothingIsLeft()
    {
        var policy = Policy(o => o.EscalationCc = "secretariat@mofa.gov.pk");
        var items = Collect(policy, CommitmentDue("recent", Today.AddDays(-15), Planning), CommitmentDue("old", Today.AddDays(-40), Planning))["secretariat@mofa.gov.pk"];
        var clock = new EscalationPlanner(policy).ClockAt(Now);

        var escalation = EscalationPlanner.Plan("secretariat@mofa.gov.pk", clock, items);

        Assert.Equal(["old", "recent"], escalation!.Items.Select(i => i.Commitment.Id));
        Assert.Equal(("UTC", Today), (escalation.TimeZone, escalation.LocalDate));
        Assert.Null(EscalationPlanner.Plan("secretariat@mofa.gov.pk", clock, []));
    }
}
