using FollowUp.Core.Configuration;
using FollowUp.Web.Secretariat.Auth;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat;

/// <summary>
/// Around every workspace route, in both hosts: the security headers (with the workspace's own CSP),
/// who is asking and with which role, the antiforgery token of a form post (a JSON post must carry
/// <c>application/json</c>, which a cross-site form cannot send without a CORS preflight), and
/// failures answered as a page with those headers.
/// </summary>
public sealed class SecretariatRouteFilter(
    IOptions<FollowUpOptions> options,
    SecretariatAuthentication authentication,
    IAntiforgery antiforgery,
    ILogger<SecretariatRouteFilter> logger) : GuardedRouteFilter
{
    private const string UserKey = "FollowUp.Secretariat.User";

    private readonly SecurityHeaders _headers = new(options);
    private readonly SecretariatUrls _urls = new(options.Value.PublicBaseUrl);

    /// <summary>The person the filter let through; only handlers behind it ask.</summary>
    public static SecretariatUser User(HttpContext http) =>
        http?.Items[UserKey] as SecretariatUser ?? throw new InvalidOperationException("The secretariat's route filter did not run.");

    protected override void ApplyHeaders(HttpResponse response)
    {
        _headers.Apply(response);
        response.Headers.ContentSecurityPolicy = SecretariatStyles.ContentSecurityPolicy;
    }

    protected override async ValueTask<object?> GuardedAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate route)
    {
        var http = context.HttpContext;
        var user = authentication.Authenticate(http);
        if (user is null)
        {
            return await SignInAsync(http).ConfigureAwait(false);
        }

        http.User = user.ToPrincipal();
        http.Items[UserKey] = user;
        var reply = SecretariatReply.For(http.Request, Nav(user));
        if (!user.CanRead)
        {
            return await reply.ForbiddenAsync("see the secretariat's workspace").ConfigureAwait(false);
        }

        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            if (!user.CanAct)
            {
                return await reply.ForbiddenAsync("change commitments: reading is all your role allows").ConfigureAwait(false);
            }

            if (await RefuseBodyAsync(http, reply).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }
        }

        return await route(context).ConfigureAwait(false);
    }

    protected override async Task<object> UnavailableAsync(HttpContext http, Exception exception)
    {
        SecretariatLog.StorageUnavailable(logger, exception);
        return await SecretariatReply.For(http.Request).UnavailableAsync().ConfigureAwait(false);
    }

    protected override async Task<object> FailedAsync(HttpContext http, Exception exception)
    {
        SecretariatLog.UnexpectedFailure(logger, exception);
        return await SecretariatReply.For(http.Request).FailedAsync().ConfigureAwait(false);
    }

    internal NavView Nav(SecretariatUser user) =>
        NavView.For(_urls, user);

    private async Task<InvalidRequest?> RefuseBodyAsync(HttpContext http, SecretariatReply reply)
    {
        if (OwnerMediaTypes.IsJson(http.Request.ContentType))
        {
            return null;
        }

        if (!OwnerMediaTypes.IsForm(http.Request.ContentType) && !(http.Request.HasFormContentType && http.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)))
        {
            return await reply.InvalidAsync("This form cannot be read", [new("", "Send a form or JSON (application/json)")], 415).ConfigureAwait(false);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (IsTooLarge(ex))
        {
            // Reading the form for its token is where ASP.NET Core enforces its form limits (4 MiB a
            // value): the sender's mistake, so a clear refusal rather than "not from your page".
            return await reply.InvalidAsync(
                "Nothing was changed: this form is too large",
                [new("", "The form is too large: one of its fields is over the 4 MB the workspace accepts. Shorten it, or send a large import as a file upload.")],
                StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            SecretariatLog.AntiforgeryRefused(logger);
            return await reply.InvalidAsync(
                "Nothing was changed: this form did not come from your workspace page",
                [new("", "The form's security token is missing, expired or not yours. Go back, reload the page and try again.")]).ConfigureAwait(false);
        }
    }

    // Antiforgery wraps the form reader's limit errors in its own exception; Kestrel's body limit is a 413.
    private static bool IsTooLarge(Exception ex) =>
        ex is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || (ex is AntiforgeryValidationException && ex.InnerException is { } inner && IsTooLarge(inner));

    private async Task<SignInRequired> SignInAsync(HttpContext http)
    {
        var reply = SecretariatReply.For(http.Request);
        if (!reply.IsJson && authentication.TrustsEasyAuth && HttpMethods.IsGet(http.Request.Method))
        {
            var back = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return new(302, SecretariatReply.HtmlBody(""), new KeyValuePair<string, string>("Location", SecretariatUrls.EasyAuthLogin(back)));
        }

        return new(401, await reply.MessageAsync(
            "Sign in to the secretariat's workspace",
            ["In Azure, sign in with your organisation's account. On a machine running followup serve, open the one-time sign-in link it printed."]).ConfigureAwait(false));
    }
}
