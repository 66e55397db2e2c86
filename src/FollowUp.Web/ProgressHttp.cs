using FollowUp.Core.Links;
using FollowUp.Core.Updates;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web;

/// <summary>
/// The one translation between ASP.NET Core's request and response and the owner-update use case,
/// shared by the Functions app and <c>followup serve</c> so both answer byte for byte alike.
/// </summary>
public static class ProgressHttp
{
    /// <summary>Every method is routed to the endpoint, so that a wrong one gets its 405 with Allow and the security headers.</summary>
    public static readonly string[] AllMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    public static async Task HandleAsync(HttpContext context, ProgressEndpoint endpoint, ProgressRoute route, string? commitmentId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        var request = context.Request;
        var response = await endpoint.HandleAsync(
            new ProgressRequest
            {
                Method = request.Method,
                Route = route,
                CommitmentId = commitmentId,
                Token = request.Query[LinkRoutes.TokenParameter].ToString(),
                Done = request.Query[LinkRoutes.DoneParameter] == "1",
                Accept = request.Headers.Accept.ToString(),
                ContentType = request.ContentType,
                ContentLength = request.ContentLength,
                Body = request.Body,
            },
            context.RequestAborted).ConfigureAwait(false);

        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (!HttpMethods.IsHead(request.Method))
        {
            await context.Response.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
