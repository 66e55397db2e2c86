using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using FollowUp.Web.Secretariat;
using FollowUp.Web.Secretariat.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Serve;

/// <summary>
/// <c>followup serve</c>'s one-time sign-in link: mapped only when serve listens on loopback alone,
/// and answered only to a loopback Host from a loopback peer, so no other machine and no page that
/// rebinds its name to 127.0.0.1 can spend the code.
/// </summary>
public static class LocalSignInRoute
{
    public static void MapLocalSignIn(this WebApplication app, bool loopbackOnly)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!loopbackOnly)
        {
            return;
        }

        app.MapGet("/" + LinkRoutes.RoutePrefix + "/" + SecretariatPaths.SignIn, (HttpContext http, LocalSignIn signIn, IOptions<FollowUpOptions> options, ILoggerFactory logs) =>
        {
            var logger = logs.CreateLogger(typeof(LocalSignInRoute));
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            var fromHere = LocalHost.IsLoopbackHost(http.Request.Host.Host)
                && http.Connection.RemoteIpAddress is { } peer && System.Net.IPAddress.IsLoopback(peer);
            if (!fromHere || !signIn.TryRedeem(http.Request.Query[SecretariatPaths.CodeParameter]))
            {
                SecretariatLogBridge.Refused(logger);
                return Results.Content(
                    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign-in link refused – FollowUp</title></head><body><main><h1>This sign-in link cannot be used</h1><p>It works once, for 15 minutes, from this machine. Restart followup serve for a new one.</p></main></body></html>",
                    "text/html; charset=utf-8",
                    statusCode: 403);
            }

            signIn.StartSession(http);
            SecretariatLogBridge.SignedIn(logger);
            var basePath = new Uri(options.Value.PublicBaseUrl, UriKind.Absolute).AbsolutePath;
            return Results.Redirect(LinkRoutes.RouteBase(basePath) + SecretariatPaths.Overview);
        });
    }

    /// <summary>The absolute one-time link for <paramref name="address"/>, as serve prints it.</summary>
    public static string Link(string address, string code) =>
        $"{address.TrimEnd('/')}/{LinkRoutes.RoutePrefix}/{SecretariatPaths.SignIn}?{SecretariatPaths.CodeParameter}={code}";
}
