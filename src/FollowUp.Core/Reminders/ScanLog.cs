using FollowUp.Core.Email;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Reminders;

/// <summary>
/// The scan's log lines. Their event ids are what the deployment's alerts query
/// (infra/modules/alerts.bicep), so they are fixed: change one only with its alert. They name
/// commitment ids and runs, never an address, a link or a body.
/// </summary>
internal static partial class ScanLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Reminder scan finished: {Scanned} open commitments scanned, {Due} nudges due, {Sent} digests sent, {Skipped} skipped, {Failed} failed, {Unknown} unknown, {Escalations} escalations sent, {SkippedAddresses} addresses skipped in {DurationMs} ms (run {RunId}, dry run {DryRun})")]
    public static partial void Finished(ILogger logger, int scanned, int due, int sent, int skipped, int failed, int unknown, int escalations, int skippedAddresses, long durationMs, string runId, bool dryRun);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "{Kind} for commitments {CommitmentIds} was not sent: {Reason} (run {RunId}); the next run tries again")]
    public static partial void Failed(ILogger logger, MessageKind kind, string commitmentIds, string reason, string runId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "{Kind} for commitments {CommitmentIds} was skipped: {Reason} (run {RunId}); every other address is still served")]
    public static partial void AddressSkipped(ILogger logger, MessageKind kind, string commitmentIds, string reason, string runId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Whether SendGrid took the {Kind} for commitments {CommitmentIds} is unknown ({Reason}, run {RunId}); it stays claimed and is not sent again")]
    public static partial void OutcomeUnknown(ILogger logger, MessageKind kind, string commitmentIds, string reason, string runId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Send of the {Kind} for commitments {CommitmentIds} was interrupted (run {RunId}); it stays claimed and is not sent again")]
    public static partial void Interrupted(ILogger logger, MessageKind kind, string commitmentIds, string runId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "The send ledger could not record the outcome for commitments {CommitmentIds} ({Reason}, run {RunId}); the claim stands")]
    public static partial void NotSettled(ILogger logger, string commitmentIds, string reason, string runId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "{Count} owner addresses are marked undeliverable by SendGrid's events and were sent nothing; their nudges stay owed and the secretariat is told (run {RunId})")]
    public static partial void Undeliverable(ILogger logger, int count, string runId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Error, Message = "Commitment {CommitmentId} was skipped by the scan ({Error})")]
    public static partial void CommitmentSkipped(ILogger logger, string commitmentId, string error);
}
