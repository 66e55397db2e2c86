using Microsoft.Extensions.Logging;

namespace FollowUp.Tests.Email;

internal sealed record CapturedLog(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyDictionary<string, object?> Values,
    string? Exception)
{
    /// <summary>Everything the entry could put in a log sink, as one string to search.</summary>
    public string AllText =>
        string.Join('\n', [Category, Message, Exception ?? "", .. Values.Select(v => $"{v.Key}={v.Value}")]);
}
