using FollowUp.Core.Links;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>Origin-relative links to the session pages, under the path of <c>FollowUp:PublicBaseUrl</c>.</summary>
internal sealed class SessionUrls(string publicBaseUrl)
{
    private readonly string _base = LinkRoutes.RouteBase(new Uri(publicBaseUrl, UriKind.Absolute).AbsolutePath);

    public SecretariatUrls Workspace { get; } = new(publicBaseUrl);

    public string Snapshots => _base + SecretariatPaths.Snapshots;

    public string Report => _base + SecretariatPaths.Report;

    public string Intake => _base + SecretariatPaths.Intake;

    public string IntakeDrafts => _base + SecretariatPaths.IntakeDrafts;
}
