using Azure.Storage.Queues;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Queues;

/// <summary>The delivery queue (<c>FollowUp:Queues:DigestQueue</c>): one message per digest, taken by <see cref="DigestWorker"/>.</summary>
public sealed class DigestQueueStore(QueueServiceClient service, IOptions<FollowUpOptions> options)
    : QueueStore(service, options.Value.Queues.DigestQueue, options.Value.Storage.CreateIfMissing);
