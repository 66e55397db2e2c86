using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace FollowUp.Core.Email;

/// <summary>
/// Sends the fresh-link email through SendGrid on the same resilient typed client as the digests.
/// A refusal returns false, so the owner may ask again straight away.
/// </summary>
public sealed partial class SendGridFreshLinkSender(
    HttpClient httpClient,
    IOptions<FollowUpOptions> options,
    IOptions<SendGridTransportOptions> transport,
    ILogger<SendGridFreshLinkSender> logger) : IFreshLinkSender
{
    private readonly SendGridClient _client = new(httpClient, SendGridDigestSender.CreateClientOptions(options.Value.Email, transport.Value));

    public async Task<bool> SendAsync(Commitment commitment, ResponsibleParty owner, Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        ArgumentNullException.ThrowIfNull(owner);
        var email = options.Value.Email;
        var (subject, html, text) = FreshLinkEmail.Render(commitment, owner, link, options.Value.Links.LifetimeDays);

        var message = SendGridPayload.Envelope(email, new EmailAddress(owner.Email, owner.Ministry));
        message.Subject = subject;
        message.PlainTextContent = text;
        message.HtmlContent = html;
        message.AddCategories(["followup", "fresh-link"]);
        message.CustomArgs = new Dictionary<string, string>(StringComparer.Ordinal) { ["commitment_ids"] = commitment.Id };

        try
        {
            var response = await _client.SendEmailAsync(message, cancellationToken).ConfigureAwait(false);
            using (response.Body)
            {
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }

                var body = response.Body is null ? null : await response.Body.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                LogRefused(logger, commitment.Id, SendGridErrorText.Describe(response.StatusCode, body));
                return false;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogRefused(logger, commitment.Id, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(EventId = 3121, Level = LogLevel.Warning, Message = "SendGrid did not take the fresh link for commitment {CommitmentId}: {Error}")]
    private static partial void LogRefused(ILogger logger, string commitmentId, string error);
}
