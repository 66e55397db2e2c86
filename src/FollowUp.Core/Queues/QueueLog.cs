using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// The delivery pipeline's log lines (21xx beside the scan's 20xx). Fixed ids: the deployment's
/// alerts query 2101 (the planning run's heartbeat) and 2105 (a message bound for the poison queue).
/// They name runs and commitment ids, never an address, a link or a body.
/// </summary>
internal static partial class QueueLog
{
    [LoggerMessage(EventId = QueueEventIds.Planned, Level = LogLevel.Information,
        Message = "Reminder scan planned: {Scanned} open commitments scanned, {Due} nudges due, {Queued} digests queued, {InPlace} delivered by the run, {Failed} failed, {Unknown} unknown, {Escalations} escalations sent, {SkippedAddresses} addresses skipped in {DurationMs} ms (run {RunId})")]
    public static partial void Planned(ILogger logger, int scanned, int due, int queued, int inPlace, int failed, int unknown, int escalations, int skippedAddresses, long durationMs, string runId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Queued digest for commitments {CommitmentIds} was already claimed (run {RunId}); nothing sent")]
    public static partial void AlreadyClaimed(ILogger logger, string commitmentIds, string runId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Queued digest of run {RunId} waited {AgeMinutes} minutes, longer than {MaxMinutes}; dropped unclaimed for the next scan to plan again")]
    public static partial void Stale(ILogger logger, string runId, long ageMinutes, long maxMinutes);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Queued digest of run {RunId} has nothing left to send: commitments {CommitmentIds} closed or changed owners since the plan")]
    public static partial void Withdrawn(ILogger logger, string runId, string commitmentIds);

    [LoggerMessage(EventId = QueueEventIds.Poisoned, Level = LogLevel.Error, Message = "Queued digest message {MessageId} failed on its last attempt ({Attempt}) and goes to the poison queue {PoisonQueue}: {Reason}")]
    public static partial void Poisoned(ILogger logger, string messageId, long attempt, string poisonQueue, string reason);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Queued digest message {MessageId} failed on attempt {Attempt} and will be tried again: {Reason}")]
    public static partial void Retrying(ILogger logger, string messageId, long attempt, string reason);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Error, Message = "Digest for commitments {CommitmentIds} could not be queued ({Reason}, run {RunId}); the next run plans it again")]
    public static partial void NotQueued(ILogger logger, string commitmentIds, string reason, string runId);
}
