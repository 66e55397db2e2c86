using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>One planned nudge of a queued digest: which commitment, at which stage; the worker reads the commitment itself.</summary>
public sealed record DigestWorkItem(string CommitmentId, ReminderStage Stage, DateOnly StageDate, int OverdueReminder, bool Escalated);
