using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// The sharded run's log lines (2110-2119, beside the delivery pipeline's). Each shard's plan also
/// logs <see cref="QueueEventIds.Planned"/>, so the heartbeat and failed-digest alerts read sharded
/// runs as they read the timer's full read. They name runs, shards and counts, never an address.
/// </summary>
internal static partial class ShardLog
{
    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Sharded reminder scan queued {Shards} shard messages (run {RunId})")]
    public static partial void Queued(ILogger logger, int shards, string runId);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Information, Message = "Shard {Shard} of {Of} reported {Escalated} escalated nudges; {Reported} of {Of} shards in (run {RunId})")]
    public static partial void Reported(ILogger logger, int shard, int of, int escalated, int reported, string runId);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "Every shard of run {RunId} has reported: its escalation step is queued")]
    public static partial void EscalationQueued(ILogger logger, string runId);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Information, Message = "Escalations of run {RunId} over {Shards} shards: {Escalated} escalated nudges, {Sent} messages sent, {Skipped} addresses skipped")]
    public static partial void Escalated(ILogger logger, string runId, int shards, int escalated, int sent, int skipped);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Warning, Message = "Shard message ({Step}) of run {RunId} waited {AgeMinutes} minutes, longer than {MaxMinutes}; dropped for the next scan to plan again")]
    public static partial void Stale(ILogger logger, ShardStep step, string runId, long ageMinutes, long maxMinutes);

    [LoggerMessage(EventId = 2115, Level = LogLevel.Warning, Message = "The escalation step of run {RunId} found {Reported} of {Of} shard reports; it plans over those")]
    public static partial void Incomplete(ILogger logger, string runId, int reported, int of);

    [LoggerMessage(EventId = 2116, Level = LogLevel.Information, Message = "Removed {Rows} shard report rows of runs older than {Days} days")]
    public static partial void Pruned(ILogger logger, int rows, int days);

    [LoggerMessage(EventId = 2117, Level = LogLevel.Warning, Message = "Could not remove shard reports older than {Days} days ({Reason}); the next run tries again")]
    public static partial void PruneFailed(ILogger logger, int days, string reason);
}
