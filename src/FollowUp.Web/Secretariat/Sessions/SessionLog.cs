using Microsoft.Extensions.Logging;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>What the session pages log, EventIds 3121–3125. Names and counts only: never the outcome text, a report's content or a token.</summary>
internal static partial class SessionLog
{
    [LoggerMessage(EventId = 3121, Level = LogLevel.Information, Message = "Snapshot {Snapshot} created from the workspace: {Commitments} commitments")]
    public static partial void SnapshotCreated(ILogger logger, string snapshot, int commitments);

    [LoggerMessage(EventId = 3122, Level = LogLevel.Information, Message = "Report downloaded from the workspace as {Format}: {Commitments} commitments, snapshot {Snapshot}")]
    public static partial void ReportDownloaded(ILogger logger, string format, int commitments, string snapshot);

    [LoggerMessage(EventId = 3123, Level = LogLevel.Error, Message = "A report download failed while it was being written ({Format})")]
    public static partial void ReportFailed(ILogger logger, Exception exception, string format);

    [LoggerMessage(EventId = 3124, Level = LogLevel.Information, Message = "Intake proposed {Drafts} drafts from {Sentences} sentences for commission {Commission}")]
    public static partial void IntakeProposed(ILogger logger, int drafts, int sentences, string commission);
}
