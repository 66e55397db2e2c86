using FollowUp.Core.Links;
using FollowUp.Core.Secretariat;
using Microsoft.AspNetCore.Http.Extensions;

namespace FollowUp.Web.Secretariat;

/// <summary>Origin-relative links between the workspace's pages, under the path of <c>FollowUp:PublicBaseUrl</c>.</summary>
internal sealed class SecretariatUrls(string publicBaseUrl)
{
    private readonly string _base = LinkRoutes.RouteBase(new Uri(publicBaseUrl, UriKind.Absolute).AbsolutePath);

    public string Overview => _base + SecretariatPaths.Overview;

    public string Commitments => _base + SecretariatPaths.Commitments;

    public string List(CommitmentFilter? filter, string? format = null, ListPaging? paging = null)
    {
        var query = new QueryBuilder(filter is null ? [] : CommitmentFilterReader.Write(filter));
        foreach (var (name, value) in paging?.Write() ?? [])
        {
            query.Add(name, value);
        }

        if (format is not null)
        {
            query.Add(SecretariatPaths.FormatParameter, format);
        }

        return Commitments + query.ToQueryString();
    }

    public string Commitment(string id) => Commitments + "/" + Uri.EscapeDataString(id);

    public string Status(string id) => Commitment(id) + "/status";

    public string Schedule => _base + SecretariatPaths.Schedule;

    public string Owner(string email) => Overview + "/owners/" + Uri.EscapeDataString(email);

    /// <summary>Where App Service Authentication signs a browser in and then sends it back to <paramref name="returnPath"/>.</summary>
    public static string EasyAuthLogin(string returnPath) => "/.auth/login/aad?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath);
}
