using FollowUp.Core.Commitments;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Updates;

/// <summary>
/// What the owner's routes log: the commitment id (only once a genuine token has vouched for it)
/// and the outcome. Never a token, a link, an address or a note.
/// </summary>
internal static partial class UpdatesLog
{
    // Refusals are Debug: anyone can send a forged token, and each one must not cost an Information line.
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Refused an update link that is not valid for its route")]
    public static partial void LinkRefused(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Update link for {CommitmentId} has expired")]
    public static partial void LinkExpired(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Update link for {CommitmentId} belongs to an address that is no longer an owner")]
    public static partial void OwnerNoLongerListed(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Commitment {CommitmentId} no longer exists")]
    public static partial void CommitmentGone(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Saved an update of {CommitmentId}: {Status}, {Progress}%")]
    public static partial void UpdateSaved(ILogger logger, string commitmentId, CommitmentStatus status, int progress);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Update of {CommitmentId} was made against a stale version; nothing saved")]
    public static partial void UpdateConflict(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Update of {CommitmentId} was invalid ({ErrorCount} problems); nothing saved")]
    public static partial void UpdateInvalid(ILogger logger, string commitmentId, int errorCount);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Sent a fresh update link for {CommitmentId}")]
    public static partial void FreshLinkSent(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Fresh update link for {CommitmentId} not sent: one went out within the cooldown, or the address had its fresh links for the UTC day")]
    public static partial void FreshLinkThrottled(ILogger logger, string commitmentId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Fresh update link for {CommitmentId} could not be sent; the owner may ask again")]
    public static partial void FreshLinkFailed(ILogger logger, string commitmentId, Exception? exception);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Update of {CommitmentId} refused: the commitment is closed ({Status}); nothing saved")]
    public static partial void UpdateRefusedClosed(ILogger logger, string commitmentId, CommitmentStatus status);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug, Message = "Refused a revoked update link for {CommitmentId}")]
    public static partial void LinkRevoked(ILogger logger, string commitmentId);

    // 3011 and 3012 (storage unavailable, unexpected failure) are logged by FollowUp.Web, which answers them.
}
