using System.Security.Claims;

namespace FollowUp.Web.Secretariat.Auth;

/// <summary>A signed-in person: the name history lines record, and the role, if they have one of ours.</summary>
public sealed record SecretariatUser(string Name, SecretariatRole? Role)
{
    public bool CanRead => Role is not null;

    public bool CanAct => Role == SecretariatRole.Admin;

    /// <summary>As ASP.NET Core sees a user, so that antiforgery tokens are bound to this person.</summary>
    public ClaimsPrincipal ToPrincipal()
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, Name), new(ClaimTypes.Name, Name)];
        if (Role is { } role)
        {
            claims.Add(new(ClaimTypes.Role, role == SecretariatRole.Admin ? SecretariatRoles.Admin : SecretariatRoles.Viewer));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "FollowUp.Secretariat", ClaimTypes.Name, ClaimTypes.Role));
    }
}
