using Microsoft.Extensions.Logging;

namespace FollowUp.Cli.Serve;

/// <summary>The local sign-in's log lines (EventIds 3105–3106, beside the workspace's); never the code.</summary>
internal static partial class SecretariatLogBridge
{
    [LoggerMessage(EventId = 3105, Level = LogLevel.Information, Message = "The local sign-in link was redeemed")]
    public static partial void SignedIn(ILogger logger);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Warning, Message = "A local sign-in link was refused: unknown, used or expired, or not from this machine")]
    public static partial void Refused(ILogger logger);
}
