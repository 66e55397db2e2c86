namespace FollowUp.Core.Secretariat;

/// <summary>One count of the overview and the list filter that shows the commitments behind it (none when no filter can).</summary>
public sealed record CountLine(string Label, int Count, CommitmentFilter? Filter);
