namespace FollowUp.Web.Secretariat.Views;

/// <summary>The header: where to go and who is signed in.</summary>
internal sealed record NavView(string Overview, string Commitments, string Person, string Role)
{
    public string Snapshots => Overview + SecretariatPaths.Snapshots[SecretariatPaths.Overview.Length..];
    public string Schedule => Overview + "/schedule";
}
