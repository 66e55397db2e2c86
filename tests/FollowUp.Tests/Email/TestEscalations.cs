using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using static FollowUp.Tests.Email.TestDigests;

namespace FollowUp.Tests.Email;

/// <summary>Escalations for the email tests: the secretariat told about commitments owned across two countries.</summary>
internal static class TestEscalations
{
    /// <summary>A ministry of the sample whose name has a comma, which SendGrid cannot carry in a recipient's name.</summary>
    public const string HealthMinistry = "Ministry of National Health Services, Regulations and Coordination";
    public const string HealthAddress = "health@nhsrc.gov.pk";
    public const string Note = "Draft circulated to the counterpart;\nsignature expected after the cabinet meets.";

    public static readonly DateTimeOffset ReportedAt = new(2026, 3, 1, 20, 30, 0, TimeSpan.Zero);

    public static ResponsibleParty Health { get; } = new(HealthMinistry, HealthAddress, "Asia/Karachi", OwnerRole.Lead);

    public static EscalationItem Item(Commitment commitment, int daysOverdue, params ResponsibleParty[] owners) =>
        new(commitment, commitment.DueDate.AddDays(15), daysOverdue, owners.Length == 0 ? commitment.Owners : owners);

    /// <summary>Two items: one with a report (hostile title, note by the Pakistani owner), one never reported on (Urdu title).</summary>
    public static Escalation Mixed()
    {
        var reported = Commitment("visa-regime", Hostile, Today.AddDays(-22)) with
        {
            LastUpdate = new LastUpdate(ReportedAt, Owner.ToUpperInvariant(), Note),
        };
        var silent = Commitment("health-mou", UrduTitle, Today.AddDays(-15)) with { Owners = [Health] };
        return new Escalation(Secretariat, "Asia/Karachi", Today, [Item(reported, 22), Item(silent, 15)]);
    }
}
