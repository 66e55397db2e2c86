using FollowUp.Core.Reminders;

namespace FollowUp.Core.Email;

/// <summary>Delivers a digest: through SendGrid, or to the local outbox when no API key is configured.</summary>
public interface IDigestSender
{
    /// <param name="runId">The scan run, carried with the message (SendGrid custom_args) for tracing.</param>
    Task<SendResult> SendAsync(Digest digest, string runId, CancellationToken cancellationToken = default);
}
