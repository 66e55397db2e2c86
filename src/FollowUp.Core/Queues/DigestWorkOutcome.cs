using FollowUp.Core.Reminders;

namespace FollowUp.Core.Queues;

/// <summary>What a worker did with one queued digest: a closed set.</summary>
public abstract record DigestWorkOutcome(string RunId)
{
    private DigestWorkOutcome()
        : this(string.Empty)
    {
    }

    /// <summary>Claimed and handed to the transport; <paramref name="Delivery"/> says what the transport answered (sent, failed, unknown, sandboxed).</summary>
    public sealed record Delivered(string RunId, Digest Digest, DigestDelivery Delivery, string? Error) : DigestWorkOutcome(RunId);

    /// <summary>The claim found the day or the head changed since the plan: another run or an earlier delivery of this message has it. Nothing sent.</summary>
    public sealed record AlreadyClaimed(string RunId, Digest Digest) : DigestWorkOutcome(RunId);

    /// <summary>Waited in the queue longer than <see cref="DigestWork.MaxAge"/>: dropped unclaimed, for the next scan to plan again.</summary>
    public sealed record Stale(string RunId) : DigestWorkOutcome(RunId);

    /// <summary>Every commitment it named was closed, deleted or no longer the address's since the plan: nothing to send.</summary>
    public sealed record Withdrawn(string RunId) : DigestWorkOutcome(RunId);
}
