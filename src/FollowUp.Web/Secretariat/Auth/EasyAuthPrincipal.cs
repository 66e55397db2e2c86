using System.Text;
using System.Text.Json;

namespace FollowUp.Web.Secretariat.Auth;

/// <summary>
/// Reads the person App Service Authentication signed in from <c>X-MS-CLIENT-PRINCIPAL</c>: base64
/// JSON <c>{ "auth_typ", "name_typ", "role_typ", "claims": [ { "typ", "val" } ] }</c>. Roles are the
/// claims of type <c>roles</c> (Entra ID's app roles) or of the principal's <c>role_typ</c>.
/// </summary>
public static class EasyAuthPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    private const string RolesClaim = "roles";

    private static readonly string[] NameClaims =
    [
        "preferred_username",
        "name",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    ];

    /// <summary>The person, or null when the header is not a principal App Service wrote.</summary>
    public static SecretariatUser? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header.Trim())));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var nameType = Text(root, "name_typ");
            var roleType = Text(root, "role_typ");
            var values = new List<(string Type, string Value)>();
            foreach (var claim in claims.EnumerateArray())
            {
                if (Text(claim, "typ") is { } type && Text(claim, "val") is { } value)
                {
                    values.Add((type, value));
                }
            }

            var name = (nameType is null ? null : Find(values, nameType)) ?? NameClaims.Select(n => Find(values, n)).FirstOrDefault(v => v is not null);
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            var roles = values.Where(v => v.Type == RolesClaim || (roleType is not null && v.Type == roleType)).Select(v => v.Value);
            return new SecretariatUser(name.Trim(), SecretariatRoles.Strongest(roles));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static string? Find(List<(string Type, string Value)> values, string type) =>
        values.FirstOrDefault(v => string.Equals(v.Type, type, StringComparison.Ordinal)).Value;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
