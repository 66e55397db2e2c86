using FollowUp.Core.Reminders;

namespace FollowUp.Core.Secretariat.Schedule;

/// <summary>One commitment in a planned message, and the stage it goes out for.</summary>
/// <param name="Escalated">For a digest, the item tells its owner the secretariat has been told.</param>
public sealed record ScheduledItem(string CommitmentId, string Title, ReminderStage Stage, DateOnly StageDate, bool Escalated);
