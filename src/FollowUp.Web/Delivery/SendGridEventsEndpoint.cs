using FollowUp.Core.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FollowUp.Web.Delivery;

/// <summary>
/// <c>POST /api/sendgrid/events</c>, SendGrid's Event Webhook. Anonymous to the platform and
/// authenticated by SendGrid's signature over the raw body, which is read once, up to
/// <see cref="MaxBodyBytes"/>, before anything else. 2xx only once the batch is stored, so SendGrid
/// retries whatever was not.
/// </summary>
public static class SendGridEventsEndpoint
{
    public const string Route = "sendgrid/events";

    /// <summary>SendGrid's batches stay under 1 MB; twice that leaves headroom and bounds what an unsigned caller can make us hold.</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    public static async Task<Results<Ok<EventsRecordedJson>, ContentHttpResult>> HandleAsync(HttpContext http, ReceiveDeliveryEvents receive)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(receive);
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "POST";
            return Refuse(StatusCodes.Status405MethodNotAllowed, "Only POST is accepted here.");
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        byte[]? body;
        try
        {
            body = await ReadCappedAsync(http.Request.Body, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or BadHttpRequestException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "The body could not be read to its end.");
        }

        if (body is null)
        {
            return TooLarge();
        }

        var headers = http.Request.Headers;
        var outcome = await receive.HandleAsync(
            headers[EventWebhookSignature.SignatureHeader].ToString(),
            headers[EventWebhookSignature.TimestampHeader].ToString(),
            body,
            http.RequestAborted).ConfigureAwait(false);
        return outcome switch
        {
            EventsOutcome.Recorded r => TypedResults.Ok(new EventsRecordedJson(r.Matched + r.Unmatched, r.Matched, r.Unmatched)),
            EventsOutcome.NoSignature => Refuse(StatusCodes.Status401Unauthorized, $"Signed requests only: {EventWebhookSignature.SignatureHeader} and {EventWebhookSignature.TimestampHeader} are required."),
            EventsOutcome.Stale => Refuse(StatusCodes.Status403Forbidden, "The signed timestamp is outside the accepted window."),
            EventsOutcome.NotConfigured => Refuse(StatusCodes.Status403Forbidden, "The Event Webhook is not switched on here: FollowUp:Email:EventWebhookPublicKey is not set."),
            EventsOutcome.Malformed m => Refuse(StatusCodes.Status400BadRequest, m.Reason),
            _ => Refuse(StatusCodes.Status403Forbidden, "The signature does not verify."),
        };
    }

    private static ContentHttpResult TooLarge() =>
        Refuse(StatusCodes.Status413PayloadTooLarge, $"An event batch is at most {MaxBodyBytes} bytes.");

    private static ContentHttpResult Refuse(int status, string message) =>
        TypedResults.Text(message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, status);

    /// <summary>The whole body, or null once it passes <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
