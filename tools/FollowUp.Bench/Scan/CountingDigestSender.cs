using System.Collections.Concurrent;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scan;

/// <summary>
/// Accepts every digest and escalation without rendering or sending it, and counts digests per
/// recipient, so the benchmark times the scan and its storage traffic rather than an email provider.
/// </summary>
public sealed class CountingDigestSender : IDigestSender, IEscalationSender
{
    private readonly ConcurrentDictionary<string, int> _byRecipient = new(EmailAddresses.Comparer);
    private int _total;
    private int _escalations;

    /// <summary>Every email accepted, including a second one to the same address.</summary>
    public int Total => Volatile.Read(ref _total);

    public IReadOnlyCollection<string> Recipients => [.. _byRecipient.Keys];

    /// <summary>Escalation messages accepted; the checks compare digests, and these are counted apart.</summary>
    public int Escalations => Volatile.Read(ref _escalations);

    /// <summary>Forgets what was counted, for the next round of the benchmark.</summary>
    public void Reset()
    {
        _byRecipient.Clear();
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _escalations, 0);
    }

    public Task<SendResult> SendAsync(Digest digest, string runId, string? claimId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        _byRecipient.AddOrUpdate(digest.To, 1, (_, n) => n + 1);
        var number = Interlocked.Increment(ref _total);
        return Task.FromResult<SendResult>(new SendResult.Accepted($"bench-{runId}-{number}"));
    }

    public Task<SendResult> SendAsync(Escalation escalation, string runId, string? claimId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        var number = Interlocked.Increment(ref _escalations);
        return Task.FromResult<SendResult>(new SendResult.Accepted($"bench-{runId}-e{number}"));
    }
}
