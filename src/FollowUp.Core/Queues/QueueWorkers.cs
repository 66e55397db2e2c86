using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// In-process workers on one <see cref="QueueStore"/>, as the Functions host runs a queue trigger: each
/// receives one message at a time and hands it to <paramref name="handle"/>. A message that fails is
/// made visible again at once; on its <see cref="LocalDigestWorkers.MaxDequeueCount"/>th failure it
/// moves to the poison queue, as host.json sets it for Azure.
/// </summary>
internal sealed class QueueWorkers<TOutcome>(QueueStore queue, Func<string, CancellationToken, Task<TOutcome>> handle, TimeProvider time, ILogger logger)
    where TOutcome : class
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);

    public async Task RunAsync(int workers, bool untilEmpty, TimeSpan lease, Action<TOutcome>? observe = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var busy = new Busy();
        var loops = Enumerable.Range(0, workers).Select(_ => Task.Run(() => LoopAsync(untilEmpty, lease, observe, busy, cancellationToken), cancellationToken));
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private async Task LoopAsync(bool untilEmpty, TimeSpan lease, Action<TOutcome>? observe, Busy busy, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            // Counted busy while receiving too: a sibling that finds nothing visible while this one
            // holds a message it has not yet counted would otherwise wait for it, not leave it to us.
            Interlocked.Increment(ref busy.Count);
            QueueMessage? message;
            try
            {
                message = await queue.ReceiveAsync(lease, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                Interlocked.Decrement(ref busy.Count);
                throw;
            }

            if (message is null)
            {
                Interlocked.Decrement(ref busy.Count);

                // Draining, a worker may stop once nothing is visible while a sibling is still busy:
                // the sibling takes back whatever it releases. The last one waits out messages that
                // another process holds (or held when it died) until their lease ends.
                if (untilEmpty && (Volatile.Read(ref busy.Count) > 0 || await queue.CountAsync(cancellationToken).ConfigureAwait(false) == 0))
                {
                    return;
                }

                await Task.Delay(untilEmpty ? IdlePoll : IdlePoll * 10, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            TOutcome? outcome;
            try
            {
                outcome = await HandleAsync(message, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref busy.Count);
            }

            if (outcome is not null)
            {
                observe?.Invoke(outcome);
            }
        }
    }

    private async Task<TOutcome?> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await handle(message.Body.ToString(), cancellationToken).ConfigureAwait(false);
            await queue.DeleteAsync(message, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Left invisible: after the lease another worker receives it, and the claim decides.
            throw;
        }
#pragma warning disable CA1031 // As the Functions host does: any failure is retried, and the last one poisons the message.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var reason = LocalDigestWorkers.Describe(ex);
            if (message.DequeueCount >= LocalDigestWorkers.MaxDequeueCount)
            {
                QueueLog.Poisoned(logger, message.MessageId, message.DequeueCount, queue.Name + "-poison", reason);
                await queue.PoisonAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                QueueLog.Retrying(logger, message.MessageId, message.DequeueCount, reason);
                await queue.ReleaseAsync(message, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
    }

    /// <summary>How many of one call's workers are handling a message.</summary>
    private sealed class Busy
    {
#pragma warning disable SA1401 // A field, so that Interlocked can update it.
        public int Count;
#pragma warning restore SA1401
    }
}
