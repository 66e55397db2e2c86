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

    public const string IdParameter = "id";

    /// <summary>The query-string parameter that carries the signed token.</summary>
    public const string TokenParameter = "token";

    /// <summary>The progress route for one commitment, relative to the route prefix.</summary>
    public static string ProgressPath(string commitmentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(commitmentId);
        return Progress.Replace("{" + IdParameter + "}", Uri.EscapeDataString(commitmentId), StringComparison.Ordinal);
    }
}
