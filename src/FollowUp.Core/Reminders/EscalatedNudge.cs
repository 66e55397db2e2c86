namespace FollowUp.Core.Reminders;

/// <summary>
/// An escalated candidate as a shard hands it to the run's escalation step: enough to find it again
/// (the commitment is read afresh there) and to place it as the full read places it.
/// </summary>
public sealed record EscalatedNudge(string CommitmentId, string Owner, ReminderStage Stage, DateOnly StageDate, int OverdueReminder)
{
    public static EscalatedNudge From(ReminderCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new(candidate.Commitment.Id, candidate.Owner.Email, candidate.Stage, candidate.StageDate, candidate.OverdueReminder);
    }
}
