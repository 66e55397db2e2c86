using FollowUp.Core.Links;

namespace FollowUp.Web.Updates;

/// <summary>
/// Paths the pages link and redirect to. Origin-relative, so they work whichever host name the owner
/// used, but under the path of <c>FollowUp:PublicBaseUrl</c>, so a reverse proxy's prefix is kept.
/// </summary>
internal sealed class ProgressUrls(string publicBaseUrl)
{
    private readonly string _routeBase = LinkRoutes.RouteBase(new Uri(publicBaseUrl, UriKind.Absolute).AbsolutePath);

    public string Progress(string commitmentId, string token) => LinkRoutes.ProgressUrl(_routeBase, commitmentId, token);

    public string Done(string commitmentId, string token) => $"{Progress(commitmentId, token)}&{LinkRoutes.DoneParameter}=1";

    public string FreshLink(string commitmentId, string token) => LinkRoutes.FreshLinkUrl(_routeBase, commitmentId, token);
}
