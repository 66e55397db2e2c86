namespace FollowUp.Core.Reminders;

/// <summary>Why a commitment appears in a digest. The order is the order items are listed in.</summary>
public enum ReminderStage
{
    Overdue,
    Due,
    Upcoming,
    Stale,
}
