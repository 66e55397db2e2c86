using FollowUp.Core.Delivery;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Web.Delivery;

/// <summary>The webhook for the Functions app, whose triggers have no endpoint filters: the same handler behind the same filter.</summary>
public sealed class DeliveryTriggers(IServiceProvider services)
{
    private readonly ReceiveDeliveryEvents _receive = services.GetRequiredService<ReceiveDeliveryEvents>();
    private readonly OwnerRouteFilter _filter = ActivatorUtilities.GetServiceOrCreateInstance<OwnerRouteFilter>(services);

    public async Task<IResult> SendGridEventsAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await _filter.InvokeAsync(
            new DefaultEndpointFilterInvocationContext(request.HttpContext),
            async context => await SendGridEventsEndpoint.HandleAsync(context.HttpContext, _receive).ConfigureAwait(false)).ConfigureAwait(false);
        return result as IResult ?? throw new InvalidOperationException("The webhook answered with no result.");
    }
}
