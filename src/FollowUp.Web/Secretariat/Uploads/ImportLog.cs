using Microsoft.Extensions.Logging;

namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>What an upload logs, EventId 3120: counts only, never the file or an address.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(EventId = 3120, Level = LogLevel.Information, Message = "Secretariat import applied: {Created} created, {Updated} updated, {Unchanged} unchanged")]
    public static partial void Applied(ILogger logger, int created, int updated, int unchanged);
}
