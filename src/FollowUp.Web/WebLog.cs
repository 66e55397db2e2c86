using Microsoft.Extensions.Logging;

namespace FollowUp.Web;

/// <summary>
/// What the web layer logs: failures it answered with 503 or 500. The EventIds continue the owner
/// routes' 3001–3010 in FollowUp.Core. Never a URL, a token or a body.
/// </summary>
internal static partial class WebLog
{
    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Storage was unavailable while handling an owner's request")]
    public static partial void StorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "An owner's request failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception);
}
