namespace FollowUp.Web.Secretariat.Views;

/// <summary>The header: where to go and who is signed in.</summary>
internal sealed record NavView(string Overview, string Commitments, string Person, string Role)
{
    public string Snapshots => Overview + SecretariatPaths.Snapshots[SecretariatPaths.Overview.Length..];
    public string Schedule => Overview + "/schedule";

    /// <summary>Only an Admin is shown the ways to act: a Viewer would meet a 403 behind them.</summary>
    public bool CanAct => Role == nameof(Auth.SecretariatRole.Admin);

    public string Add => Overview + "/add";

    public string Import => Overview + "/import";
}
