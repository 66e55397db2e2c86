namespace FollowUp.Bench.Scaleout;

/// <summary>The runs after a run: how many, what they queued and sent, and what the last of them still failed.</summary>
public sealed record Repeats(int Runs, int Queued, int Sent, int StillFailed);
