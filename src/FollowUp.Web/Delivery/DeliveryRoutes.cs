using FollowUp.Core.Links;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FollowUp.Web.Delivery;

public static class DeliveryRoutes
{
    /// <summary>
    /// SendGrid's Event Webhook at <c>/api/sendgrid/events</c>, behind the owner routes' filter (security
    /// headers, 503 for a storage outage so that SendGrid retries). Every method reaches the handler, so a
    /// wrong one gets its 405. Needs <c>AddFollowUpCore</c>.
    /// </summary>
    public static RouteHandlerBuilder MapDeliveryRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods("/" + LinkRoutes.RoutePrefix + "/" + SendGridEventsEndpoint.Route, OwnerRoutes.AllMethods, SendGridEventsEndpoint.HandleAsync)
            .AddEndpointFilter<OwnerRouteFilter>();
    }
}
