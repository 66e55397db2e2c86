using System.Collections.Concurrent;
using FollowUp.Core.Email;
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
    public Func<LedgerEntry, Task>? BeforeClaim { get; set; }

    /// <summary>Runs before each outcome is written; throwing from it fails that write.</summary>
    public Func<LedgerClaim, Task>? BeforeSettle { get; set; }

    /// <summary>"claim {to}", "settled {to}" in the order they happened.</summary>
    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>The most outcome writes that were ever running at once.</summary>
    public int MostSettlesAtOnce => Volatile.Read(ref _mostSettling);

    /// <summary>Runs before each read; throwing from it fails that read.</summary>
    public Func<MessageKind, string, Task>? BeforeRead { get; set; }

    public async Task<OwnerLedger> ReadAsync(MessageKind kind, string address, DateOnly fromStageDate, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        if (BeforeRead is { } hook)
        {
            await hook(kind, address);
        }

        return await inner.ReadAsync(kind, address, fromStageDate, localDate, cancellationToken);
    }

    public async Task<LedgerClaim?> TryClaimAsync(LedgerEntry entry, string runId, OwnerLedger read, CancellationToken cancellationToken = default)
    {
        Events.Enqueue($"claim {entry.To}");
        if (BeforeClaim is { } hook)
        {
            await hook(entry);
        }

        return await inner.TryClaimAsync(entry, runId, read, cancellationToken);
    }

    public async Task SettleAsync(LedgerClaim claim, SendResult result, CancellationToken cancellationToken = default)
    {
        var now = Interlocked.Increment(ref _settling);
        InterlockedMax(ref _mostSettling, now);
        try
        {
            if (BeforeSettle is { } hook)
            {
                await hook(claim);
            }

            await inner.SettleAsync(claim, result, cancellationToken);
            Events.Enqueue($"settled {claim.Entry.To}");
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
