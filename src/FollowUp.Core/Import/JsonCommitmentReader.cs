using System.Globalization;
using System.Text.Json;

namespace FollowUp.Core.Import;

/// <summary>
/// Reads the JSON import contract: a top-level array, or an object with a <c>commitments</c> array.
/// Each element is read on its own, so one malformed element names itself and does not hide the rest.
/// </summary>
public static class JsonCommitmentReader
{
    private static readonly HashSet<string> ScalarFields = [.. ImportFields.Scalars];
    private static readonly HashSet<string> OwnerFields = [.. ImportFields.OwnerFields];

    /// <exception cref="ImportFileException">The file is not JSON, or not shaped as the contract says.</exception>
    public static async Task<IReadOnlyList<RawRow>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(
                stream,
                new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip },
                cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            // The reader's message ends with its own zero-based position; ours is one-based, for editors.
            var reason = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd().TrimEnd('.');
            throw new ImportFileException(
                string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {(ex.LineNumber ?? 0) + 1}, column {(ex.BytePositionInLine ?? 0) + 1}: {reason}"), ex);
        }

        using (document)
        {
            var (array, inObject) = FindArray(document.RootElement);
            var rows = new List<RawRow>(array.GetArrayLength());
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                // Operators count from one; the JSON path beside it finds the element in an editor.
                var path = inObject ? $"commitments[{index}]" : $"[{index}]";
                rows.Add(new RawRow(string.Create(CultureInfo.InvariantCulture, $"item {index + 1} ({path})"), ReadCommitment(element)));
                index++;
            }

            return rows;
        }
    }

    private static (JsonElement Array, bool InObject) FindArray(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return (root, false);
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            var unknown = root.EnumerateObject().Select(p => p.Name).Where(n => n != "commitments").ToList();
            if (unknown.Count > 0)
            {
                throw new ImportFileException($"unknown top-level field(s): {string.Join(", ", unknown)}; expected only 'commitments'");
            }

            if (root.TryGetProperty("commitments", out var commitments) && commitments.ValueKind == JsonValueKind.Array)
            {
                return (commitments, true);
            }
        }

        throw new ImportFileException("expected a JSON array of commitments, or an object with a 'commitments' array");
    }

    private static RawCommitment ReadCommitment(JsonElement element)
    {
        var raw = new RawCommitment();
        if (element.ValueKind != JsonValueKind.Object)
        {
            raw.ShapeErrors.Add(new("(row)", $"must be a JSON object, not {Describe(element.ValueKind)}"));
            return raw;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == ImportFields.Owners)
            {
                ReadOwners(raw, property.Value);
            }
            else if (ScalarFields.Contains(property.Name))
            {
                if (TryScalar(property.Value, out var text))
                {
                    raw.Fields[property.Name] = text;
                }
                else
                {
                    raw.ShapeErrors.Add(new(property.Name, $"must be a string or number, not {Describe(property.Value.ValueKind)}"));
                }
            }
            else
            {
                raw.ShapeErrors.Add(new(property.Name, "is not a field of the import format"));
            }
        }

        return raw;
    }

    private static void ReadOwners(RawCommitment raw, JsonElement owners)
    {
        if (owners.ValueKind != JsonValueKind.Array)
        {
            raw.ShapeErrors.Add(new(ImportFields.Owners, $"must be an array, not {Describe(owners.ValueKind)}"));
            return;
        }

        var index = 0;
        foreach (var owner in owners.EnumerateArray())
        {
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            var path = string.Create(CultureInfo.InvariantCulture, $"{ImportFields.Owners}[{index}]");
            if (owner.ValueKind != JsonValueKind.Object)
            {
                raw.ShapeErrors.Add(new(path, $"must be an object, not {Describe(owner.ValueKind)}"));
            }
            else
            {
                foreach (var property in owner.EnumerateObject())
                {
                    if (!OwnerFields.Contains(property.Name))
                    {
                        raw.ShapeErrors.Add(new($"{path}.{property.Name}", "is not a field of an owner"));
                    }
                    else if (TryScalar(property.Value, out var text))
                    {
                        fields[property.Name] = text;
                    }
                    else
                    {
                        raw.ShapeErrors.Add(new($"{path}.{property.Name}", $"must be a string, not {Describe(property.Value.ValueKind)}"));
                    }
                }
            }

            raw.Owners.Add(fields);
            index++;
        }
    }

    private static bool TryScalar(JsonElement value, out string? text)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                text = value.GetString();
                return true;
            case JsonValueKind.Number:
                text = value.GetRawText();
                return true;
            case JsonValueKind.Null:
                text = null;
                return true;
            default:
                text = null;
                return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
