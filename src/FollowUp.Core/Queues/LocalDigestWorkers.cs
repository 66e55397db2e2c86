using System.Globalization;
using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Queues;

/// <summary>
/// In-process queue workers for <c>followup scan --workers N</c>, <c>followup serve</c> and the
/// benchmark: each receives one message at a time and hands it to <see cref="DigestWorker"/>, as the
/// Functions host does in Azure. A message that fails is made visible again at once; on its
/// <see cref="MaxDequeueCount"/>th failure it moves to the poison queue, as host.json sets it for Azure.
/// </summary>
public sealed class LocalDigestWorkers(DigestQueueStore queue, DigestWorker worker, TimeProvider time, ILogger<LocalDigestWorkers> logger)
{
    /// <summary>The same as host.json's <c>extensions.queues.maxDequeueCount</c>.</summary>
    public const int MaxDequeueCount = 5;

    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Runs <paramref name="workers"/> workers. With <paramref name="untilEmpty"/> they stop once the
    /// queue holds nothing, visible or being handled; otherwise they run until cancelled.
    /// </summary>
    /// <param name="lease">How long a received message stays invisible: a worker that dies holding it lets it go after this.</param>
    /// <param name="observe">Called with each outcome, from the worker's own task.</param>
    public async Task RunAsync(int workers, bool untilEmpty, TimeSpan lease, Action<DigestWorkOutcome>? observe = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        var busy = new Busy();
        var loops = Enumerable.Range(0, workers).Select(_ => Task.Run(() => LoopAsync(untilEmpty, lease, observe, busy, cancellationToken), cancellationToken));
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private async Task LoopAsync(bool untilEmpty, TimeSpan lease, Action<DigestWorkOutcome>? observe, Busy busy, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var message = await queue.ReceiveAsync(lease, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
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

            Interlocked.Increment(ref busy.Count);
            DigestWorkOutcome? outcome;
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

    private async Task<DigestWorkOutcome?> HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await worker.HandleAsync(message.Body.ToString(), cancellationToken).ConfigureAwait(false);
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
            var reason = Describe(ex);
            if (message.DequeueCount >= MaxDequeueCount)
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

    /// <summary>For the operator: what failed, without the message's content.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        DigestWorkFormatException format => format.Message,
        RequestFailedException failed => string.Create(CultureInfo.InvariantCulture, $"storage answered {failed.Status} {failed.ErrorCode}"),
        _ => ex.GetType().Name,
    };

    /// <summary>How many of one call's workers are handling a message.</summary>
    private sealed class Busy
    {
#pragma warning disable SA1401 // A field, so that Interlocked can update it.
        public int Count;
#pragma warning restore SA1401
    }
}
