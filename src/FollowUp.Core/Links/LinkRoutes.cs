namespace FollowUp.Core.Links;

/// <summary>
/// The one spelling of the update-link route. The HTTP function uses <see cref="Progress"/> as its
/// <c>Route</c> and the local host maps <c>/{RoutePrefix}/{Progress}</c>, so a link built here always
/// reaches the page that reads it.
/// </summary>
public static class LinkRoutes
{
    /// <summary>The Functions host's default HTTP route prefix; host.json does not change it.</summary>
    public const string RoutePrefix = "api";

    /// <summary>Where an owner updates one commitment; <c>{id}</c> is the commitment id.</summary>
    public const string Progress = "commitments/{" + IdParameter + "}/progress";

    /// <summary>
    /// Where an owner whose link has expired asks for a fresh one (POST only). Under <see cref="Progress"/>
    /// so the same token, bound to the same commitment id, authorizes it.
    /// </summary>
    public const string FreshLink = Progress + "/fresh-link";

    public const string IdParameter = "id";

    /// <summary>
    /// A query flag on <see cref="Progress"/> (<c>done=1</c>): the confirmation page a saved update
    /// redirects to. A flag rather than a route, so hosts map one route for the page and its confirmation.
    /// </summary>
    public const string DoneParameter = "done";

    /// <summary>The query-string parameter that carries the signed token.</summary>
    public const string TokenParameter = "token";

    /// <summary>
    /// Where the routes start under a base: an absolute URL or a path (a reverse proxy's prefix),
    /// joined with exactly one slash and followed by <see cref="RoutePrefix"/>, e.g. <c>/followup/api/</c>.
    /// </summary>
    public static string RouteBase(string basePath)
    {
        ArgumentNullException.ThrowIfNull(basePath);
        return basePath.TrimEnd('/') + "/" + RoutePrefix + "/";
    }

    /// <summary>The update link for one commitment and token under <paramref name="routeBase"/> (from <see cref="RouteBase"/>).</summary>
    public static string ProgressUrl(string routeBase, string commitmentId, string token) =>
        $"{routeBase}{ProgressPath(commitmentId)}?{TokenParameter}={Uri.EscapeDataString(token)}";

    /// <summary>Where the owner of <paramref name="token"/> asks for a fresh link, under <paramref name="routeBase"/>.</summary>
    public static string FreshLinkUrl(string routeBase, string commitmentId, string token) =>
        $"{routeBase}{FreshLinkPath(commitmentId)}?{TokenParameter}={Uri.EscapeDataString(token)}";

    /// <summary>The progress route for one commitment, relative to the route prefix.</summary>
    public static string ProgressPath(string commitmentId) => Fill(Progress, commitmentId);

    /// <summary>The fresh-link route for one commitment, relative to the route prefix.</summary>
    public static string FreshLinkPath(string commitmentId) => Fill(FreshLink, commitmentId);

    private static string Fill(string route, string commitmentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(commitmentId);
        return route.Replace("{" + IdParameter + "}", Uri.EscapeDataString(commitmentId), StringComparison.Ordinal);
    }
}
