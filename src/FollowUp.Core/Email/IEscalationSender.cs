using FollowUp.Core.Reminders;

namespace FollowUp.Core.Email;

/// <summary>Delivers an escalation message through the configured transport (SendGrid, or the local outbox).</summary>
public interface IEscalationSender
{
    /// <param name="runId">The scan run, carried with the message for tracing.</param>
    /// <param name="claimId">The send-ledger claim it goes out under, carried so that SendGrid's events find its row.</param>
    Task<SendResult> SendAsync(Escalation escalation, string runId, string? claimId = null, CancellationToken cancellationToken = default);
}
