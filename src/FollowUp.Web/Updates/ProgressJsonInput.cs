using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Updates;

namespace FollowUp.Web.Updates;

/// <summary>An update sent as JSON, <c>{ status, progress, note, version, expectedCompletion? }</c>, read into the same text fields a form carries.</summary>
internal static class ProgressJsonInput
{
    public static ProgressSubmission Parse(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return new(ProgressInput.Empty, [new(ProgressInput.BodyField, "The body is not valid JSON.")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(
                    ProgressInput.Empty,
                    [new(ProgressInput.BodyField, "The body must be a JSON object such as { \"status\": \"InProgress\", \"progress\": 40, \"version\": \"…\" }.")]);
            }

            var errors = new List<ValidationError>();
            var input = new ProgressInput(
                Scalar(root, ProgressInput.StatusField, errors),
                Scalar(root, ProgressInput.ProgressField, errors),
                Scalar(root, ProgressInput.NoteField, errors),
                Scalar(root, ProgressInput.VersionField, errors),
                Scalar(root, ProgressInput.ExpectedCompletionField, errors));
            return new(input, errors);
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
