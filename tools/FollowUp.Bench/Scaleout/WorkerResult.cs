namespace FollowUp.Bench.Scaleout;

/// <summary>What one worker process did, printed as one JSON line when it ends.</summary>
public sealed record WorkerResult(int Messages, int Sent, int AlreadyClaimed, int Other, long TableRequests, long QueueRequests, long PeakWorkingSetBytes);
