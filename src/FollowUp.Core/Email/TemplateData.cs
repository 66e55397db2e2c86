using System.Text.Json;

namespace FollowUp.Core.Email;

/// <summary>
/// The digest model as SendGrid's <c>dynamic_template_data</c>: snake_case keys, as Handlebars templates
/// conventionally use. The SendGrid library serialises with Newtonsoft.Json, which would write a
/// System.Text.Json node as its internals, so the model is turned into plain dictionaries and lists.
/// </summary>
internal static class TemplateData
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Dictionary<string, object?> From(DigestEmailModel model) =>
        (Dictionary<string, object?>)ToPlain(JsonSerializer.SerializeToElement(model, SnakeCase))!;

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        // Boxed apart: a conditional of long and double would widen every whole number to 2.0.
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
