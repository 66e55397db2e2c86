using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Delivery;

/// <summary>
/// The Event Webhook's log lines (EventIds 3200–3209). Counts and outcomes only: event bodies carry
/// recipients' addresses, so no address, reason or body is ever logged.
/// </summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Information, Message = "Recorded {Count} SendGrid events ({Matched} matched to sent messages, {Unmatched} unmatched)")]
    public static partial void Recorded(ILogger logger, int count, int matched, int unmatched);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Refused a SendGrid event request: signature {Check}")]
    public static partial void Refused(ILogger logger, SignatureCheck check);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Refused a signed SendGrid event request whose body is not an event array")]
    public static partial void Malformed(ILogger logger);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "Contact health of one address was reset by an operator")]
    public static partial void Reset(ILogger logger);
}
