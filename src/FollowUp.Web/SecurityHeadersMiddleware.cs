using Microsoft.AspNetCore.Http;

namespace FollowUp.Web;

/// <summary>
/// Sets <see cref="SecurityHeaders"/> before anything answers, so that every response of the host
/// carries them: a redirect, the routing's bare 404 or 405, as much as a page. A handler may still
/// set its own value afterwards (the outbox's CSP).
/// </summary>
public sealed class SecurityHeadersMiddleware(SecurityHeaders headers) : IMiddleware
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        headers.Apply(context.Response);
        return next(context);
    }
}
