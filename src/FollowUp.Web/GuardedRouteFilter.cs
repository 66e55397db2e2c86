using FollowUp.Core.Storage;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web;

/// <summary>
/// The failure chain every route filter shares, in both hosts: the filter's headers go on first, a
/// request the client abandoned stays abandoned, a storage outage is answered 503 and anything else
/// 500, each by the filter's own reply (page or JSON), because the host's bare error page would
/// carry none of the security headers.
/// </summary>
public abstract class GuardedRouteFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        ApplyHeaders(http.Response);
        try
        {
            return await GuardedAsync(context, next).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (StorageFailures.IsOutage(ex))
        {
            return await UnavailableAsync(http, ex).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The host's own error page would carry none of the security headers.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return await FailedAsync(http, ex).ConfigureAwait(false);
        }
    }

    protected abstract void ApplyHeaders(HttpResponse response);

    /// <summary>The route itself, with whatever checks the filter makes before it.</summary>
    protected abstract ValueTask<object?> GuardedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate route);

    /// <summary>Logs the outage and answers 503.</summary>
    protected abstract Task<object> UnavailableAsync(HttpContext http, Exception exception);

    /// <summary>Logs the failure and answers 500.</summary>
    protected abstract Task<object> FailedAsync(HttpContext http, Exception exception);
}
