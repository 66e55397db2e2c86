using System.Globalization;
using Azure;
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

    /// <summary>
    /// Runs <paramref name="workers"/> workers. With <paramref name="untilEmpty"/> they stop once the
    /// queue holds nothing, visible or being handled; otherwise they run until cancelled.
    /// </summary>
    /// <param name="lease">How long a received message stays invisible: a worker that dies holding it lets it go after this.</param>
    /// <param name="observe">Called with each outcome, from the worker's own task.</param>
    public Task RunAsync(int workers, bool untilEmpty, TimeSpan lease, Action<DigestWorkOutcome>? observe = null, CancellationToken cancellationToken = default) =>
        new QueueWorkers<DigestWorkOutcome>(queue, worker.HandleAsync, time, logger).RunAsync(workers, untilEmpty, lease, observe, cancellationToken);

    /// <summary>For the operator: what failed, without the message's content.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        DigestWorkFormatException format => format.Message,
        ShardWorkFormatException format => format.Message,
        RequestFailedException failed => string.Create(CultureInfo.InvariantCulture, $"storage answered {failed.Status} {failed.ErrorCode}"),
        _ => ex.GetType().Name,
    };
}
