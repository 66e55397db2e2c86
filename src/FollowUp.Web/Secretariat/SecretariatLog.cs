using Microsoft.Extensions.Logging;

namespace FollowUp.Web.Secretariat;

/// <summary>What the workspace logs, EventIds 3101–3104 (3105–3106 are followup serve's local sign-in). Never a cookie, token, address or body.</summary>
internal static partial class SecretariatLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Storage was unavailable while handling a secretariat request")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "A secretariat request failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "A secretariat form post was refused: its antiforgery token was missing or invalid")]
    public static partial void AntiforgeryRefused(ILogger logger);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Secretariat action {Action} applied to commitment {CommitmentId}")]
    public static partial void ActionApplied(ILogger logger, string action, string commitmentId);
}
