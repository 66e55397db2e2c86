namespace FollowUp.Web.Secretariat.Auth;

/// <summary>The app role values in the app registration and the token's <c>roles</c> claim.</summary>
public static class SecretariatRoles
{
    public const string Viewer = "Secretariat.Viewer";
    public const string Admin = "Secretariat.Admin";

    /// <summary>The strongest role among <paramref name="values"/>; null when none is the workspace's.</summary>
    public static SecretariatRole? Strongest(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        SecretariatRole? best = null;
        foreach (var value in values)
        {
            if (string.Equals(value, Admin, StringComparison.Ordinal))
            {
                return SecretariatRole.Admin;
            }

            if (string.Equals(value, Viewer, StringComparison.Ordinal))
            {
                best = SecretariatRole.Viewer;
            }
        }

        return best;
    }
}
