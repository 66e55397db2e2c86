using System.Net;
using FollowUp.Core.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Serve;

/// <summary>
/// <c>followup serve</c>: the Functions app's HTTP routes and timer on Kestrel, for machines
/// without Azure Functions Core Tools, plus the local outbox pages.
/// </summary>
public static class LocalHost
{
    /// <summary>
    /// True when every address in <paramref name="urls"/> (as <c>--urls</c> takes them, separated by
    /// <c>;</c>) is on loopback. A wildcard (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>), a host name
    /// or another address reaches the network, where the outbox's live links must never be served.
    /// </summary>
    public static bool ListensOnLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return addresses.Length > 0 && addresses.All(address =>
            Uri.TryCreate(address, UriKind.Absolute, out var uri) && IsLoopback(uri.Host));
    }

    /// <summary>
    /// The local outbox, mapped only when serve listens on loopback alone. Even then it answers only
    /// requests whose Host is a loopback name: a page on another site that resolves its own name to
    /// 127.0.0.1 (DNS rebinding) would otherwise read the outbox, and the links in it, from the victim's browser.
    /// </summary>
    public static void MapOutbox(this WebApplication app, bool loopbackOnly)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!loopbackOnly)
        {
            return;
        }

        var outbox = app.MapGroup("/dev/outbox").AddEndpointFilter(async (context, next) =>
        {
            // The outbox exists only when no SendGrid key is set; with one, mail is real and private.
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<FollowUpOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.Email.SendGridApiKey) && IsLoopback(context.HttpContext.Request.Host.Host)
                ? await next(context).ConfigureAwait(false)
                : Results.NotFound();
        });

        outbox.MapGet("", (OutboxReader reader, OutboxPages pages, HttpContext http) =>
            Page(http, pages.RenderList(reader.Folder, reader.List())));
        outbox.MapGet("/{file}", (string file, OutboxReader reader, OutboxPages pages, HttpContext http) =>
            reader.Find(file) is { } message ? Page(http, pages.RenderMessage(message)) : Results.NotFound());
        outbox.MapGet("/{file}/body", (string file, OutboxReader reader, HttpContext http) =>
        {
            if (reader.Find(file) is not { Html: { } body })
            {
                return Results.NotFound();
            }

            // The email's own markup, shown only inside the sandboxed frame of the message page.
            http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";
            http.Response.Headers.XFrameOptions = "SAMEORIGIN";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Results.Content(body, "text/html; charset=utf-8");
        });
        app.MapGet("/dev/outbox.css", () => Results.Text(OutboxPages.Stylesheet, "text/css; charset=utf-8"));
    }

    /// <summary>A loopback host name: <c>localhost</c>, or an address on loopback.</summary>
    public static bool IsLoopbackHost(string host) => IsLoopback(host);

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static IResult Page(HttpContext http, string html)
    {
        // Outbox links carry live tokens: keep them out of caches and Referer headers.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
