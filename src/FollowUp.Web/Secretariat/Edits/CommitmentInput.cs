using System.Globalization;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>
/// A commitment's fields as an Admin sent them, a form (<c>owners[0].email</c>…) or a JSON object
/// (<c>owners: [ { "email" } ]</c>), spelt as the import contract spells them so its rules read them.
/// </summary>
internal sealed record CommitmentInput(RawCommitment Values, string? Version, string? Reason)
{
    public const string VersionField = "version";
    public const string ReasonField = "reason";

    /// <summary>More owner rows than a form ever shows; a post with more is not read past it.</summary>
    public const int MaxOwners = 20;

    /// <summary>The input, or <c>null</c> when the body is not a form or a JSON object.</summary>
    public static async Task<CommitmentInput?> ReadAsync(HttpContext http, IReadOnlyList<string> scalars)
    {
        ArgumentNullException.ThrowIfNull(http);
        return OwnerMediaTypes.IsJson(http.Request.ContentType)
            ? await ReadJsonAsync(http, scalars).ConfigureAwait(false)
            : ReadForm(await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false), scalars);
    }

    public static string OwnerField(int index, string field) => string.Create(CultureInfo.InvariantCulture, $"{ImportFields.Owners}[{index}].{field}");

    private static CommitmentInput ReadForm(IFormCollection form, IReadOnlyList<string> scalars)
    {
        var raw = new RawCommitment();
        foreach (var field in scalars)
        {
            raw.Fields[field] = form[field].ToString();
        }

        for (var i = 0; i < MaxOwners; i++)
        {
            var owner = ImportFields.OwnerFields.ToDictionary(f => f, f => (string?)form[OwnerField(i, f)].ToString(), StringComparer.Ordinal);
            // The form offers a blank row for a new owner; a row left (or made) blank is no owner.
            if (owner.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                raw.Owners.Add(owner);
            }
        }

        return new(raw, form[VersionField].ToString(), form[ReasonField].ToString());
    }

    private static async Task<CommitmentInput?> ReadJsonAsync(HttpContext http, IReadOnlyList<string> scalars)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var raw = new RawCommitment();
            string? version = null, reason = null;
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case VersionField:
                        version = Text(raw, property.Name, property.Value);
                        break;
                    case ReasonField:
                        reason = Text(raw, property.Name, property.Value);
                        break;
                    case ImportFields.Owners when property.Value.ValueKind == JsonValueKind.Array:
                        ReadOwners(raw, property.Value);
                        break;
                    case ImportFields.Owners:
                        raw.ShapeErrors.Add(new(ImportFields.Owners, "must be an array of owners"));
                        break;
                    case var name when scalars.Contains(name):
                        raw.Fields[name] = Text(raw, name, property.Value);
                        break;
                    default:
                        raw.ShapeErrors.Add(new(property.Name, "is not a field this form takes"));
                        break;
                }
            }

            return new(raw, version, reason);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void ReadOwners(RawCommitment raw, JsonElement owners)
    {
        var index = 0;
        foreach (var element in owners.EnumerateArray())
        {
            var owner = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (element.ValueKind != JsonValueKind.Object)
            {
                raw.ShapeErrors.Add(new(OwnerField(index, "")[..^1], "must be an object"));
            }
            else
            {
                foreach (var field in element.EnumerateObject())
                {
                    if (ImportFields.OwnerFields.Contains(field.Name))
                    {
                        owner[field.Name] = Text(raw, OwnerField(index, field.Name), field.Value);
                    }
                    else
                    {
                        raw.ShapeErrors.Add(new(OwnerField(index, field.Name), "is not a field of an owner"));
                    }
                }
            }

            raw.Owners.Add(owner);
            index++;
        }
    }

    private static string? Text(RawCommitment raw, string field, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Null:
                return null;
            default:
                raw.ShapeErrors.Add(new ValidationError(field, "must be a string"));
                return null;
        }
    }
}
