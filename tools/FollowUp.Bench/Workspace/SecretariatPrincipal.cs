using System.Text;
using System.Text.Json;

namespace FollowUp.Bench.Workspace;

/// <summary>The <c>X-MS-CLIENT-PRINCIPAL</c> header App Service Authentication sends for a signed-in person with an app role.</summary>
public static class SecretariatPrincipal
{
    public const string HeaderName = "X-MS-CLIENT-PRINCIPAL";

    public static string Viewer() => Header("bench.viewer@secretariat.example.org", "Secretariat.Viewer");

    private static string Header(string name, string role)
    {
        var claims = new object[] { new { typ = "preferred_username", val = name }, new { typ = "roles", val = role } };
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "preferred_username", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
