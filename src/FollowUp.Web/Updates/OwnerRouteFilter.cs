using FollowUp.Core.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Updates;

/// <summary>
/// Around every owner route, in both hosts: the security headers on every answer, and a failure
/// answered as a page or JSON with those headers (503 for storage, 500 for anything else) rather
/// than the host's bare error, which would carry none of them.
/// </summary>
public sealed class OwnerRouteFilter(IOptions<FollowUpOptions> options, ILogger<OwnerRouteFilter> logger) : GuardedRouteFilter
{
    private readonly SecurityHeaders _headers = new(options);

    protected override void ApplyHeaders(HttpResponse response) => _headers.Apply(response);

    protected override ValueTask<object?> GuardedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate route) =>
        route(context);

    protected override async Task<object> UnavailableAsync(HttpContext http, Exception exception)
    {
        WebLog.StorageUnavailable(logger, exception);
        return await OwnerReply.For(http.Request).UnavailableAsync().ConfigureAwait(false);
    }

    protected override async Task<object> FailedAsync(HttpContext http, Exception exception)
    {
        WebLog.UnexpectedFailure(logger, exception);
        return await OwnerReply.For(http.Request).FailedAsync().ConfigureAwait(false);
    }
}
