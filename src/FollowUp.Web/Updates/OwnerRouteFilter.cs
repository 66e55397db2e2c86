using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Updates;

/// <summary>
/// Around every owner route, in both hosts: the security headers on every answer, and a failure
/// answered as a page or JSON with those headers (503 for storage, 500 for anything else) rather
/// than the host's bare error, which would carry none of them.
/// </summary>
public sealed class OwnerRouteFilter(IOptions<FollowUpOptions> options, ILogger<OwnerRouteFilter> logger) : IEndpointFilter
{
    private readonly SecurityHeaders _headers = new(options);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        _headers.Apply(http.Response);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (StorageFailures.IsOutage(ex))
        {
            WebLog.StorageUnavailable(logger, ex);
            return await OwnerReply.For(http.Request).UnavailableAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The host's own error page would carry none of the security headers.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            WebLog.UnexpectedFailure(logger, ex);
            return await OwnerReply.For(http.Request).FailedAsync().ConfigureAwait(false);
        }
    }
}
