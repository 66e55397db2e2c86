using System.Collections.Concurrent;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// Stands in for SendGrid above the sender interfaces: records what was delivered (digests and
/// escalations) and can be told to refuse an address, to answer with another outcome, or to "die"
/// during a send.
/// </summary>
public sealed class RecordingDigestSender : IDigestSender, IEscalationSender
{
    public ConcurrentQueue<Digest> Delivered { get; } = new();

    public ConcurrentQueue<Escalation> Escalations { get; } = new();

    /// <summary>The claim id each recipient's last message carried, as SendGrid's events would echo it.</summary>
    public ConcurrentDictionary<string, string?> ClaimIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the provider answers for an address instead of accepting (Unknown, Sandboxed, …); the message still counts as handed over.</summary>
    public ConcurrentDictionary<string, SendResult> Answers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Addresses the provider refuses, as SendGrid refuses a bad address with a 400.</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called before each send; throwing from it simulates a process that dies mid-send.</summary>
    public Action<Digest>? BeforeSend { get; set; }

    /// <summary>Called after the provider accepted a message, before the scan hears back.</summary>
    public Action<Digest>? AfterAccept { get; set; }

    public Task<SendResult> SendAsync(Digest digest, string runId, string? claimId = null, CancellationToken cancellationToken = default)
    {
        BeforeSend?.Invoke(digest);
        ClaimIds[digest.To] = claimId;
        if (Refused.Contains(digest.To))
        {
            return Task.FromResult<SendResult>(new SendResult.Refused("The to email does not contain a valid address."));
        }

        Delivered.Enqueue(digest);
        AfterAccept?.Invoke(digest);
        return Task.FromResult(Answers.TryGetValue(digest.To, out var answer) ? answer : new SendResult.Accepted(Guid.NewGuid().ToString("N")));
    }

    public Task<SendResult> SendAsync(Escalation escalation, string runId, string? claimId = null, CancellationToken cancellationToken = default)
    {
        ClaimIds[escalation.To] = claimId;
        if (Refused.Contains(escalation.To))
        {
            return Task.FromResult<SendResult>(new SendResult.Refused("The to email does not contain a valid address."));
        }

        Escalations.Enqueue(escalation);
        return Task.FromResult(Answers.TryGetValue(escalation.To, out var answer) ? answer : new SendResult.Accepted(Guid.NewGuid().ToString("N")));
    }
}
