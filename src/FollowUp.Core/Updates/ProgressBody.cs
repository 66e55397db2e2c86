using System.Buffers;
using System.Text;
using System.Text.Json;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>Reads an update's body, form or JSON, never holding more than the limit plus one byte.</summary>
internal static class ProgressBody
{
    public const string BodyField = "body";

    /// <summary>
    /// The body, or null when it is larger than <paramref name="maxBytes"/>. A declared length over the
    /// limit is refused before reading, and a body that lies about its length is cut off at the limit.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(Stream? body, long? contentLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (contentLength > maxBytes)
        {
            return null;
        }

        if (body is null)
        {
            return [];
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var total = 0;
            int read;
            while (total <= maxBytes
                && (read = await body.ReadAsync(buffer.AsMemory(total, maxBytes + 1 - total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total > maxBytes ? null : buffer.AsSpan(0, total).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static ParsedInput ParseForm(byte[] body)
    {
        // Browsers percent-encode every non-ASCII character of a UTF-8 page, so the body itself is ASCII;
        // a stray byte becomes U+FFFD and is judged like any other character.
        var fields = FormUrlEncoded.Parse(Encoding.UTF8.GetString(body));
        return new ParsedInput(
            new ProgressInput(
                fields.GetValueOrDefault(ProgressInput.StatusField),
                fields.GetValueOrDefault(ProgressInput.ProgressField),
                fields.GetValueOrDefault(ProgressInput.NoteField),
                fields.GetValueOrDefault(ProgressInput.VersionField),
                fields.GetValueOrDefault(ProgressInput.ExpectedCompletionField)),
            []);
    }

    public static ParsedInput ParseJson(byte[] body)
    {
        var empty = new ProgressInput(null, null, null, null, null);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return new ParsedInput(empty, [new(BodyField, "The body is not valid JSON.")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ParsedInput(empty, [new(BodyField, "The body must be a JSON object such as { \"status\": \"InProgress\", \"progress\": 40, \"version\": \"…\" }.")]);
            }

            var errors = new List<ValidationError>();
            var input = new ProgressInput(
                Scalar(root, ProgressInput.StatusField, errors),
                Scalar(root, ProgressInput.ProgressField, errors),
                Scalar(root, ProgressInput.NoteField, errors),
                Scalar(root, ProgressInput.VersionField, errors),
                Scalar(root, ProgressInput.ExpectedCompletionField, errors));
            return new ParsedInput(input, errors);
        }
    }

    /// <summary>
    /// A JSON value as the text a form would carry, so that both formats meet the same rules:
    /// <c>40</c> and <c>"40"</c> are the same progress, <c>"abc"</c> and <c>true</c> are equally wrong.
    /// </summary>
    private static string? Scalar(JsonElement root, string name, List<ValidationError> errors)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    return value.GetString();
                }
                catch (InvalidOperationException)
                {
                    // An escaped lone surrogate ("\ud800") is valid JSON but not text.
                    errors.Add(new ValidationError(name, $"The {name} contains characters that are not valid text."));
                    return null;
                }

            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                errors.Add(new ValidationError(name, $"The {name} must be a single value, not a list or an object."));
                return null;
        }
    }
}
