using System.Net;
using System.Text.RegularExpressions;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FollowUp.Cli.Serve;

/// <summary>Reads the .eml files the outbox sender wrote, newest first.</summary>
public sealed partial class OutboxReader(IOptions<FollowUpOptions> options)
{
    /// <summary>The same folder the outbox sender writes to: relative paths are under the working directory.</summary>
    public string Folder => Path.GetFullPath(options.Value.Email.OutboxPath);

    public IReadOnlyList<OutboxMessage> List() =>
        !Directory.Exists(Folder)
            ? []
            : [.. Directory.EnumerateFiles(Folder, "*.eml")
                .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
                .Select(f => Read(f)!)];

    /// <summary>One message by file name; null for anything that is not a plain .eml name in the folder.</summary>
    public OutboxMessage? Find(string fileName)
    {
        // Only a bare file name of the folder: no separators, no "..", nothing outside the outbox.
        if (string.IsNullOrEmpty(fileName) || Path.GetFileName(fileName) != fileName || !fileName.EndsWith(".eml", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? Read(path) : null;
    }

    private static OutboxMessage Read(string path)
    {
        var message = MimeMessage.Load(path);
        var html = message.HtmlBody;
        return new OutboxMessage(
            Path.GetFileName(path),
            message.Date,
            message.From.ToString(),
            message.To.ToString(),
            message.Cc.ToString(),
            message.Subject ?? "",
            html,
            message.TextBody,
            html is null ? [] : [.. Links(html)]);
    }

    private static IEnumerable<OutboxLink> Links(string html)
    {
        foreach (Match anchor in AnchorPattern().Matches(html))
        {
            var href = WebUtility.HtmlDecode(anchor.Groups["href"].Value);
            if (!href.StartsWith("http://", StringComparison.Ordinal) && !href.StartsWith("https://", StringComparison.Ordinal))
            {
                continue;
            }

            var label = AriaLabelPattern().Match(anchor.Value) is { Success: true } aria
                ? aria.Groups["label"].Value
                : TagPattern().Replace(anchor.Groups["text"].Value, "");
            yield return new OutboxLink(WebUtility.HtmlDecode(label).Trim(), href);
        }
    }

    [GeneratedRegex("<a\\s[^>]*href=\"(?<href>[^\"]+)\"[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex AnchorPattern();

    [GeneratedRegex("aria-label=\"(?<label>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex AriaLabelPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
