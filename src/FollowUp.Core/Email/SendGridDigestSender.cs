using System.Net;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using SendGrid;

namespace FollowUp.Core.Email;

/// <summary>
/// Sends a digest through SendGrid's v3 mail/send. Provider failures (a 4xx, or retries exhausted)
/// come back as <see cref="SendResult.Refused"/> with SendGrid's own words, never as an exception,
/// so that one bad address does not stop the other owners' digests.
/// </summary>
/// <remarks>
/// The HttpClient comes from IHttpClientFactory and carries the retry pipeline
/// (<see cref="SendGridResilience"/>); SendGridClient only shapes requests and reads responses.
/// </remarks>
public sealed partial class SendGridDigestSender : IDigestSender
{
    private readonly SendGridClient _client;
    private readonly EmailOptions _email;
    private readonly DigestRenderer _renderer;
    private readonly ILogger<SendGridDigestSender> _logger;

    public SendGridDigestSender(
        HttpClient httpClient,
        IOptions<FollowUpOptions> options,
        IOptions<SendGridTransportOptions> transport,
        DigestRenderer renderer,
        ILogger<SendGridDigestSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transport);
        _email = options.Value.Email;
        _renderer = renderer;
        _logger = logger;
        _client = new SendGridClient(httpClient, CreateClientOptions(_email, transport.Value));
    }

    public async Task<SendResult> SendAsync(Digest digest, string runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var rendered = _renderer.Render(digest);
        var message = SendGridPayload.Create(digest, rendered, _email, runId, TemplateData.From(rendered.Model));

        LogSending(_logger, runId, digest.To, digest.Items.Count, _email.SandboxMode);
        Response response;
        try
        {
            response = await _client.SendEmailAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException exception)
        {
            return Failed(runId, digest.To, $"SendGrid did not answer in time ({exception.Timeout.TotalSeconds:0.#} s)");
        }
        catch (HttpRequestException exception)
        {
            return Failed(runId, digest.To, $"SendGrid could not be reached: {exception.Message}");
        }
        catch (OperationCanceledException)
        {
            return Failed(runId, digest.To, "SendGrid did not answer in time");
        }

        // SendGrid's Response hands over the HttpContent without owning it; release the connection here.
        using (response.Body)
        {
            if (response.IsSuccessStatusCode)
            {
                var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                LogAccepted(_logger, runId, digest.To, (int)response.StatusCode, messageId);
                return new SendResult.Accepted(messageId);
            }

            var body = response.Body is null ? null : await response.Body.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Failed(runId, digest.To, SendGridErrorText.Describe(response.StatusCode, body), response.StatusCode);
        }
    }

    internal static SendGridClientOptions CreateClientOptions(EmailOptions email, SendGridTransportOptions transport)
    {
        var apiKey = email.SendGridApiKey;
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            throw new InvalidOperationException("FollowUp:Email:SendGridApiKey must be set to send through SendGrid.");
        }

        var options = new SendGridClientOptions { ApiKey = apiKey };
        options.SetDataResidency(string.IsNullOrWhiteSpace(email.DataResidency) ? "global" : email.DataResidency);
        if (transport.Host is not null)
        {
            options.Host = transport.Host.AbsoluteUri;
        }

        return options;
    }

    private SendResult.Refused Failed(string runId, string to, string error, HttpStatusCode? status = null)
    {
        LogRejected(_logger, runId, to, status is null ? null : (int)status, error);
        return new SendResult.Refused(error);
    }

    // Templates name the recipient and counts only: never the API key, the update links or the bodies.
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Sending digest for run {RunId} to {To} with {ItemCount} items through SendGrid (sandbox: {Sandbox})")]
    private static partial void LogSending(ILogger logger, string runId, string to, int itemCount, bool sandbox);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "SendGrid accepted the digest for run {RunId} to {To} with {StatusCode}; message id {MessageId}")]
    private static partial void LogAccepted(ILogger logger, string runId, string to, int statusCode, string? messageId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "SendGrid did not take the digest for run {RunId} to {To} (status {StatusCode}): {Error}")]
    private static partial void LogRejected(ILogger logger, string runId, string to, int? statusCode, string error);
}
