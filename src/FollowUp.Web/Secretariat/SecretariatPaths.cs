namespace FollowUp.Web.Secretariat;

/// <summary>The workspace's routes, relative to the Functions host's <c>api</c> prefix: the one spelling both hosts map.</summary>
public static class SecretariatPaths
{
    public const string Overview = "secretariat";
    public const string Commitments = Overview + "/commitments";
    public const string Commitment = Commitments + "/{id}";
    public const string Status = Commitment + "/status";
    public const string Snapshots = Overview + "/snapshots";
    public const string Report = Overview + "/report";
    public const string Intake = Overview + "/intake";
    public const string IntakeDrafts = Intake + "/drafts";
    public const string Owner = Overview + "/owners/{email}";
    public const string Schedule = Overview + "/schedule";
    public const string OwnerFreshLink = Owner + "/fresh-link";
    public const string OwnerNudge = Owner + "/nudge";
    public const string Edit = Commitment + "/edit";
    public const string Add = Overview + "/add";
    public const string Import = Overview + "/import";
    public const string ImportApply = Import + "/apply";

    /// <summary><c>followup serve</c>'s one-time sign-in link; the Functions app does not map it.</summary>
    public const string SignIn = Overview + "/sign-in";

    public const string CodeParameter = "code";
    public const string FormatParameter = "format";
}
