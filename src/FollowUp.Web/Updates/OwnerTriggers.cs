using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Web.Updates;

/// <summary>
/// The owner's routes for the Functions app, whose HTTP triggers have no route groups or endpoint
/// filters: the same <see cref="OwnerEndpoints"/> behind the same <see cref="OwnerRouteFilter"/>,
/// returning the <see cref="IResult"/> that the ASP.NET Core integration executes.
/// </summary>
public sealed class OwnerTriggers(IServiceProvider services)
{
    // Taken from the container when AddFollowUpWeb registered them; built from FollowUp.Core's services when it did not.
    private readonly OwnerEndpoints _endpoints = services.GetService<OwnerEndpoints>()
        ?? ActivatorUtilities.CreateInstance<OwnerEndpoints>(services, ActivatorUtilities.GetServiceOrCreateInstance<ProgressPages>(services));
    private readonly OwnerRouteFilter _filter = ActivatorUtilities.GetServiceOrCreateInstance<OwnerRouteFilter>(services);

    public Task<IResult> ProgressAsync(HttpRequest request, string id) =>
        RunAsync(request, http => _endpoints.ProgressAsync(http, id));

    public Task<IResult> FreshLinkAsync(HttpRequest request, string id) =>
        RunAsync(request, http => _endpoints.FreshLinkAsync(http, id));

    private async Task<IResult> RunAsync(HttpRequest request, Func<HttpContext, Task<IResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await _filter.InvokeAsync(
            new DefaultEndpointFilterInvocationContext(request.HttpContext),
            async context => await handler(context.HttpContext).ConfigureAwait(false)).ConfigureAwait(false);
        return (IResult)result!;
    }
}
