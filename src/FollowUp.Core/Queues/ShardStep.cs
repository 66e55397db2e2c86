namespace FollowUp.Core.Queues;

/// <summary>What a shard message asks for.</summary>
public enum ShardStep
{
    /// <summary>Plan one shard's owners, queue their digests and record the shard's escalated nudges for the run.</summary>
    Plan,

    /// <summary>Every shard of the run has reported: plan and deliver the run's escalations once, over all of them.</summary>
    Escalate,
}
