using FollowUp.Core.Reminders;

namespace FollowUp.Core.Email;

/// <summary>Delivers a digest: through SendGrid, or to the local outbox when no API key is configured.</summary>
public interface IDigestSender
{
    /// <param name="runId">The scan run, carried with the message (SendGrid custom_args) for tracing.</param>
    /// <param name="claimId">The send-ledger claim it goes out under, carried so that SendGrid's events find its row; null when no ledger row tracks it.</param>
    Task<SendResult> SendAsync(Digest digest, string runId, string? claimId = null, CancellationToken cancellationToken = default);
}
