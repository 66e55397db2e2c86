using System.Globalization;
using System.Text;
using MimeKit;

namespace FollowUp.Core.Email;

/// <summary>Where outbox messages are written, what the files are called, and how they are written whole.</summary>
public static class OutboxFiles
{
    /// <summary>RFC 5322 lines end in CRLF, whatever the machine's own line ending is.</summary>
    private static readonly FormatOptions Format = CreateFormat();

    /// <summary>Relative outbox paths are under the working directory, as the option documents.</summary>
    public static string ResolveFolder(string outboxPath, string workingDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(outboxPath) ? "outbox" : outboxPath, workingDirectory);

    /// <summary>
    /// <c>{utc:yyyyMMddTHHmmssfff}-{recipient}-{8 hex}.eml</c>: sorts by time in any file listing, says
    /// whom it is for, and cannot collide when one scan writes several messages in the same millisecond.
    /// </summary>
    public static string FileName(string to, DateTimeOffset now) =>
        $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{Sanitize(to)}-{Guid.NewGuid().ToString("N")[..8]}.eml";

    /// <summary>Writes a message into the outbox folder and returns its path.</summary>
    public static async Task<string> WriteAsync(MimeMessage message, string outboxPath, string to, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = ResolveFolder(outboxPath, Environment.CurrentDirectory);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(to, now));

        // Write beside the target, then rename: a reader (or a watcher) sees a whole file or none.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await message.WriteToAsync(Format, stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return path;
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private static string Sanitize(string to)
    {
        var builder = new StringBuilder(to.Length);
        foreach (var c in to.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_' => c,
                '@' => '_',
                _ => '-',
            });
        }

        var name = builder.ToString().Trim('.', '-');
        return name.Length == 0 ? "recipient" : name.Length > 64 ? name[..64] : name;
    }
}
