using System.Collections.Concurrent;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// Stands in for SendGrid above the sender interface: records what was delivered and can be told
/// to refuse an address or to "die" during a send.
/// </summary>
public sealed class RecordingDigestSender : IDigestSender
{
    public ConcurrentQueue<Digest> Delivered { get; } = new();

    /// <summary>Addresses the provider refuses, as SendGrid refuses a bad address with a 400.</summary>
    public HashSet<string> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called before each send; throwing from it simulates a process that dies mid-send.</summary>
    public Action<Digest>? BeforeSend { get; set; }

    /// <summary>Called after the provider accepted a message, before the scan hears back.</summary>
    public Action<Digest>? AfterAccept { get; set; }

    public Task<SendResult> SendAsync(Digest digest, string runId, CancellationToken cancellationToken = default)
    {
        BeforeSend?.Invoke(digest);
        if (Refused.Contains(digest.To))
        {
            return Task.FromResult<SendResult>(new SendResult.Refused("The to email does not contain a valid address."));
        }

        Delivered.Enqueue(digest);
        AfterAccept?.Invoke(digest);
        return Task.FromResult<SendResult>(new SendResult.Accepted(Guid.NewGuid().ToString("N")));
    }
}
