using FollowUp.Core.Reminders;

namespace FollowUp.Core.Email;

/// <summary>Composes an escalation into one message to the copied address and hands it to the transport.</summary>
public sealed class EscalationSender(EscalationRenderer renderer, IEmailTransport transport) : IEscalationSender
{
    public Task<SendResult> SendAsync(Escalation escalation, string runId, string? claimId = null, CancellationToken cancellationToken = default) =>
        transport.SendAsync(Compose(escalation, runId, claimId), cancellationToken);

    internal EmailMessage Compose(Escalation escalation, string runId, string? claimId = null)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var rendered = renderer.Render(escalation);
        var kind = MessageTracking.KindName(MessageKind.Escalation);
        return new EmailMessage(
            new EmailRecipient(escalation.To, null),
            rendered.Subject,
            rendered.HtmlBody,
            rendered.TextBody,
            ["followup", kind],
            new MessageTracking(MessageKind.Escalation, runId, escalation.LocalDate, [.. escalation.Items.Select(i => i.Commitment.Id)], claimId));
    }
}
