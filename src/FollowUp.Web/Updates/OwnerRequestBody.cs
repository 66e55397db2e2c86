using System.Buffers;
using System.Text;
using FollowUp.Core.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace FollowUp.Web.Updates;

/// <summary>
/// Reads an update's body, form or JSON, never holding more than the limit plus one byte; the body is
/// read only after the link was verified, so an anonymous flood costs no more than a header.
/// </summary>
internal static class OwnerRequestBody
{
    /// <summary>
    /// The largest body read. A 2,000-character note in a script that takes three UTF-8 bytes per
    /// character is 18 KB once percent-encoded, so 32 KB fits every honest update with room to spare.
    /// </summary>
    public const int MaxBytes = 32 * 1024;

    /// <summary>True when the request announces more than <see cref="MaxBytes"/>: refused before a byte is read.</summary>
    public static bool AnnouncesTooMuch(HttpRequest request) => request.ContentLength > MaxBytes;

    public static async Task<BodyRead> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var isJson = OwnerMediaTypes.IsJson(request.ContentType);
        if (!isJson && !OwnerMediaTypes.IsForm(request.ContentType))
        {
            return new BodyRead.UnsupportedType();
        }

        if (AnnouncesTooMuch(request))
        {
            return new BodyRead.TooLarge();
        }

        byte[]? body;
        try
        {
            body = await ReadLimitedAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // A dropped connection or a malformed chunked body; ASP.NET Core reports both as IOException.
            return new BodyRead.Unreadable();
        }

        if (body is null)
        {
            return new BodyRead.TooLarge();
        }

        return new BodyRead.Read(isJson ? ProgressJsonInput.Parse(body) : ParseForm(body));
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBytes"/>: a body that lies about its length is cut off at the limit.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxBytes + 1);
        try
        {
            var total = 0;
            int read;
            while (total <= MaxBytes
                && (read = await body.ReadAsync(buffer.AsMemory(total, MaxBytes + 1 - total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total > MaxBytes ? null : buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// ASP.NET Core's own form parser, first value per name. Browsers percent-encode every non-ASCII
    /// character of a UTF-8 page, so the body itself is ASCII; a stray byte becomes U+FFFD and is
    /// judged like any other character. The body is already within the limit, so the reader's own
    /// per-field limits are set to it and cannot throw.
    /// </summary>
    private static ProgressSubmission ParseForm(byte[] body)
    {
        using var reader = new FormReader(Encoding.UTF8.GetString(body))
        {
            ValueCountLimit = MaxBytes,
            KeyLengthLimit = MaxBytes,
            ValueLengthLimit = MaxBytes,
        };
        var fields = reader.ReadForm();
        string? Field(string name) => fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
        return ProgressSubmission.Of(new(
            Field(ProgressInput.StatusField),
            Field(ProgressInput.ProgressField),
            Field(ProgressInput.NoteField),
            Field(ProgressInput.VersionField),
            Field(ProgressInput.ExpectedCompletionField)));
    }
}
