using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;

namespace FollowUp.Tests.Email;

/// <summary>Digests for the email tests, with the kinds of text real commitments carry.</summary>
internal static class TestDigests
{
    public const string Owner = "trade@commerce.gov.pk";
    public const string OwnerMinistry = "Ministry of Commerce";
    public const string Secretariat = "secretariat@jc.gov.pk";
    public const string Hostile = "<script>alert('x')</script> \"Quotes\" & Co";
    public const string UrduTitle = "تجارتی معاہدے پر دستخط";
    public const string AzerbaijaniMinistry = "İqtisadiyyat Nazirliyi (Azərbaycan)";
    public const string LinkToken = "tok3n-Secret-Abc123";

    public static readonly DateOnly Today = new(2026, 3, 16);

    public static Commitment Commitment(
        string id,
        string title,
        DateOnly due,
        CommitmentStatus status = CommitmentStatus.InProgress,
        int progress = 40,
        DateTimeOffset? lastUpdate = null) => new()
        {
            Id = id,
            Commission = "pak-aze-jc8",
            Title = title,
            Sector = "trade",
            DueDate = due,
            Status = status,
            Progress = progress,
            Owners =
            [
                new(OwnerMinistry, Owner, "Asia/Karachi", OwnerRole.Lead),
                new(AzerbaijaniMinistry, "iqtisadiyyat@economy.gov.az", "Asia/Baku", OwnerRole.Counterpart),
            ],
            LastUpdate = lastUpdate is null ? null : new LastUpdate(lastUpdate.Value, "someone", null),
            CreatedAt = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero),
        };

    public static DigestItem Item(Commitment commitment, ReminderStage stage, bool escalated = false, int overdueReminder = 0) =>
        new(commitment, stage, Today, overdueReminder, escalated, Link(commitment.Id));

    public static Uri Link(string id) => new($"https://followup.example.org/u/{id}?t={LinkToken}&k=k1");

    public static Digest Of(params DigestItem[] items) =>
        new(Owner, OwnerMinistry, "Asia/Karachi", Today, items);

    /// <summary>Two items: one overdue and escalated (hostile title), one upcoming (Urdu title).</summary>
    public static Digest Mixed() => Of(
        Item(Commitment("visa-regime", Hostile, Today.AddDays(-15)), ReminderStage.Overdue, escalated: true, overdueReminder: 3),
        Item(Commitment("trade-accord", UrduTitle, Today.AddDays(3)), ReminderStage.Upcoming));
}
