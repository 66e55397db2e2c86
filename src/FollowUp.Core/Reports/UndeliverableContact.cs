namespace FollowUp.Core.Reports;

public sealed record UndeliverableContact(string CommitmentId, string Address);
