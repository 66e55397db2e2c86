using System.Collections.Concurrent;
using FollowUp.Core.Reminders;

namespace FollowUp.Tests.TestSupport;

/// <summary>
/// The real ledger with hooks around each call, to stall or fail one write, and a log of the order
/// in which a scan makes them.
/// </summary>
public sealed class ObservedSendLedger(ISendLedger inner) : ISendLedger
{
    private int _settling;
    private int _mostSettling;

    /// <summary>Runs before each claim is written.</summary>
    public Func<Digest, Task>? BeforeClaim { get; set; }

    /// <summary>Runs before each outcome is written; throwing from it fails that write.</summary>
    public Func<DigestClaim, Task>? BeforeSettle { get; set; }

    /// <summary>"claim {to}", "settled {to}" in the order they happened.</summary>
    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>The most outcome writes that were ever running at once.</summary>
    public int MostSettlesAtOnce => Volatile.Read(ref _mostSettling);

    public Task<OwnerLedger> ReadAsync(string ownerEmail, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(ownerEmail, fromStageDate, localDate, cancellationToken);

    public async Task<DigestClaim?> TryClaimAsync(Digest digest, string runId, LedgerDay? day, CancellationToken cancellationToken = default)
    {
        Events.Enqueue($"claim {digest.To}");
        if (BeforeClaim is { } hook)
        {
            await hook(digest);
        }

        return await inner.TryClaimAsync(digest, runId, day, cancellationToken);
    }

    public Task MarkSentAsync(DigestClaim claim, string? messageId, CancellationToken cancellationToken = default) =>
        SettleAsync(claim, () => inner.MarkSentAsync(claim, messageId, cancellationToken));

    public Task MarkFailedAsync(DigestClaim claim, string reason, CancellationToken cancellationToken = default) =>
        SettleAsync(claim, () => inner.MarkFailedAsync(claim, reason, cancellationToken));

    private async Task SettleAsync(DigestClaim claim, Func<Task> write)
    {
        var now = Interlocked.Increment(ref _settling);
        InterlockedMax(ref _mostSettling, now);
        try
        {
            if (BeforeSettle is { } hook)
            {
                await hook(claim);
            }

            await write();
            Events.Enqueue($"settled {claim.Digest.To}");
        }
        finally
        {
            Interlocked.Decrement(ref _settling);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
