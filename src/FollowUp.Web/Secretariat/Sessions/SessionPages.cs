using FollowUp.Web.Secretariat.Auth;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>How a session page answers the person the route filter let through.</summary>
internal static class SessionPages
{
    public static SecretariatReply Reply(HttpContext http, SessionUrls urls)
    {
        var user = SecretariatRouteFilter.User(http);
        return SecretariatReply.For(http.Request, Nav(user, urls));
    }

    public static NavView Nav(SecretariatUser user, SessionUrls urls) =>
        NavView.For(urls.Workspace, user);
}
