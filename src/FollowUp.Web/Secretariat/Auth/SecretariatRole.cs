namespace FollowUp.Web.Secretariat.Auth;

/// <summary>The two app roles of the workspace, as Entra ID names them in the <c>roles</c> claim.</summary>
public enum SecretariatRole
{
    /// <summary><c>Secretariat.Viewer</c>: reads every page.</summary>
    Viewer,

    /// <summary><c>Secretariat.Admin</c>: reads and acts.</summary>
    Admin,
}
