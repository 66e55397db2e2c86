using FollowUp.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;

namespace FollowUp.Core.Email;

/// <summary>
/// Carries messages through SendGrid's v3 mail/send. Every outcome is a <see cref="SendResult"/>:
/// a 2xx is accepted (sandboxed in sandbox mode), a 4xx or retries exhausted is refused in SendGrid's
/// own words, and an attempt that may have been accepted (a timeout, a connection lost after the
/// request went out) is unknown and never repeated. One bad address does not stop the other owners.
/// </summary>
/// <remarks>
/// The HttpClient comes from IHttpClientFactory; <see cref="SendGridRetryPipeline"/> wraps each call,
/// and SendGridClient only shapes requests and reads responses.
/// </remarks>
public sealed partial class SendGridTransport : IEmailTransport
{
    private readonly SendGridClient _client;
    private readonly EmailEnvelope _envelope;
    private readonly bool _sandbox;
    private readonly SendGridRetryPipeline _pipeline;
    private readonly ILogger<SendGridTransport> _logger;

    public SendGridTransport(
        HttpClient httpClient,
        IOptions<FollowUpOptions> options,
        SendGridRetryPipeline pipeline,
        ILogger<SendGridTransport> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        var email = options.Value.Email;
        _envelope = EmailEnvelope.From(email);
        _sandbox = email.SandboxMode;
        _pipeline = pipeline;
        _logger = logger;
        _client = new SendGridClient(httpClient, CreateClientOptions(email, pipeline.Options));
    }

    public async Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = SendGridPayload.Create(message, _envelope, _sandbox).Serialize();
        var kind = MessageKind(message);
        LogSending(_logger, kind, message.Tracking.RunId, message.To.Address, _sandbox);

        var attempts = new SendAttempts();
        Response response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    token.ThrowIfCancellationRequested();
                    attempts.Started();
                    try
                    {
                        var answer = await _client.RequestAsync(BaseClient.Method.POST, json, urlPath: "mail/send", cancellationToken: token).ConfigureAwait(false);
                        attempts.Answered(answer.StatusCode);
                        return answer;
                    }
                    catch (Exception exception)
                    {
                        attempts.Failed(exception);
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Every way a call can end is a result; the attempts say which one.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Report(message, kind, attempts.Outcome(exception, _pipeline.Options));
        }

        // SendGrid's Response hands over the HttpContent without owning it; release the connection here.
        using (response.Body)
        {
            if (response.IsSuccessStatusCode)
            {
                var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                LogAccepted(_logger, kind, message.Tracking.RunId, message.To.Address, (int)response.StatusCode, messageId, _sandbox);
                return _sandbox ? new SendResult.Sandboxed(messageId) : new SendResult.Accepted(messageId);
            }

            var body = response.Body is null ? null : await response.Body.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Report(message, kind, new SendResult.Refused(SendGridErrorText.Describe(response.StatusCode, body)), (int)response.StatusCode);
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

    private static string MessageKind(EmailMessage message) => MessageTracking.KindName(message.Tracking.Kind);

    private SendResult Report(EmailMessage message, string kind, SendResult result, int? status = null)
    {
        if (result is SendResult.Unknown unknown)
        {
            LogUnknown(_logger, kind, message.Tracking.RunId, message.To.Address, unknown.Reason);
        }
        else if (result is SendResult.Refused refused)
        {
            LogRefused(_logger, kind, message.Tracking.RunId, message.To.Address, status, refused.Error);
        }

        return result;
    }

    // Templates name the kind, the run and the recipient only: never the API key, the links or the bodies.
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Sending the {Kind} for run {RunId} to {To} through SendGrid (sandbox: {Sandbox})")]
    private static partial void LogSending(ILogger logger, string kind, string? runId, string to, bool sandbox);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "SendGrid accepted the {Kind} for run {RunId} to {To} with {StatusCode}; message id {MessageId} (sandbox, so not delivered: {Sandbox})")]
    private static partial void LogAccepted(ILogger logger, string kind, string? runId, string to, int statusCode, string? messageId, bool sandbox);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Error, Message = "SendGrid did not take the {Kind} for run {RunId} to {To} (status {StatusCode}): {Error}")]
    private static partial void LogRefused(ILogger logger, string kind, string? runId, string to, int? statusCode, string error);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Whether SendGrid took the {Kind} for run {RunId} to {To} is unknown: {Reason}; it is not sent again")]
    private static partial void LogUnknown(ILogger logger, string kind, string? runId, string to, string reason);
}
