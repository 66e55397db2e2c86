using FollowUp.Core.Links;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FollowUp.Web.Updates;

public static class OwnerRoutes
{
    /// <summary>Every method reaches the handlers, so that a wrong one gets its 405 with Allow and the security headers.</summary>
    public static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>
    /// The owner's routes under <c>/{LinkRoutes.RoutePrefix}</c>, as the Functions app answers them, in
    /// one route group whose filter sets the security headers and answers failures. Needs
    /// <c>AddFollowUpCore</c> and <c>AddFollowUpWeb</c>.
    /// </summary>
    public static RouteGroupBuilder MapOwnerRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var owner = endpoints.MapGroup("/" + LinkRoutes.RoutePrefix).AddEndpointFilter<OwnerRouteFilter>();
        owner.MapMethods(LinkRoutes.Progress, AllMethods, (HttpContext http, string id, OwnerEndpoints handlers) => handlers.ProgressAsync(http, id));
        owner.MapMethods(LinkRoutes.FreshLink, AllMethods, (HttpContext http, string id, OwnerEndpoints handlers) => handlers.FreshLinkAsync(http, id));
        return owner;
    }
}
