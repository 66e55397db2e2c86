using FollowUp.Web.Secretariat.Auth;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>The header: where to go, who is signed in, and whether the ways to act are shown.</summary>
internal sealed record NavView(string Overview, string Commitments, string Person, string Role, bool CanAct)
{
    public string Snapshots => Overview + SecretariatPaths.Snapshots[SecretariatPaths.Overview.Length..];
    public string Schedule => Overview + "/schedule";

    public string Add => Overview + "/add";

    public string Import => Overview + "/import";

    /// <summary>
    /// The one way to build the header, so every page names the role alike and shows Add and Upload
    /// exactly when the person may use them (a Viewer would meet a 403 behind them).
    /// </summary>
    public static NavView For(SecretariatUrls urls, SecretariatUser user) =>
        new(urls.Overview, urls.Commitments, user.Name, user.Role switch
        {
            SecretariatRole.Admin => "Admin",
            SecretariatRole.Viewer => "Viewer",
            _ => "no role",
        }, user.CanAct);
}
