using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Links;

/// <summary>What the link services log: commitment ids and generations, never an address, a token or a link.</summary>
internal static partial class LinksLog
{
    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "Revoked the update links of one owner of {CommitmentId}; links now carry generation {Generation}")]
    public static partial void LinksRevoked(ILogger logger, string commitmentId, int generation);
}
