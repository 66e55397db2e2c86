namespace FollowUp.Core.Secretariat;

/// <summary>One row of the commitments list: its facts and how many digests carried it.</summary>
public sealed record ListedCommitment(CommitmentFacts Facts, int RemindersSent);
