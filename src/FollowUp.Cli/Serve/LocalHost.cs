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
    public static void MapOutbox(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var outbox = app.MapGroup("/dev/outbox").AddEndpointFilter(async (context, next) =>
        {
            // The outbox exists only when no SendGrid key is set; with one, mail is real and private.
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<FollowUpOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.Email.SendGridApiKey) ? await next(context).ConfigureAwait(false) : Results.NotFound();
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
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Results.Content(body, "text/html; charset=utf-8");
        });
        app.MapGet("/dev/outbox.css", () => Results.Text(OutboxPages.Stylesheet, "text/css; charset=utf-8"));
    }

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
