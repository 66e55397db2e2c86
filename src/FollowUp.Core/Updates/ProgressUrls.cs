using FollowUp.Core.Links;

namespace FollowUp.Core.Updates;

/// <summary>
/// Paths the pages link and redirect to. Origin-relative, so they work whichever host name the owner
/// used, but under the path of <c>FollowUp:PublicBaseUrl</c>, so a reverse proxy's prefix is kept.
/// </summary>
internal sealed class ProgressUrls(string publicBaseUrl)
{
    private readonly string _routeBase =
        new Uri(publicBaseUrl, UriKind.Absolute).AbsolutePath.TrimEnd('/') + "/" + LinkRoutes.RoutePrefix + "/";

    public string Progress(string commitmentId, string token) =>
        $"{_routeBase}{LinkRoutes.ProgressPath(commitmentId)}?{LinkRoutes.TokenParameter}={Uri.EscapeDataString(token)}";

    public string Done(string commitmentId, string token) =>
        $"{Progress(commitmentId, token)}&{LinkRoutes.DoneParameter}=1";

    public string FreshLink(string commitmentId, string token) =>
        $"{_routeBase}{LinkRoutes.FreshLinkPath(commitmentId)}?{LinkRoutes.TokenParameter}={Uri.EscapeDataString(token)}";
}
