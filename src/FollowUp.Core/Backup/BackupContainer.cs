using System.IO.Pipelines;
using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Backup;

/// <summary>
/// The blob container that holds the exports (<c>FollowUp:Storage:BackupContainer</c>). A blob is
/// written as a stream of blocks and committed only when the export is complete, so a failed
/// export leaves no blob, and an existing one is never overwritten. The container is created on
/// first write only with <see cref="StorageOptions.CreateIfMissing"/>; in Azure the deployment creates it.
/// </summary>
public sealed class BackupContainer(IOptions<FollowUpOptions> options)
{
    /// <summary>One block at a time: what an upload holds in memory, whatever the size of the export.</summary>
    private const int BlockBytes = 4 * 1024 * 1024;

    private readonly Lazy<BlobContainerClient> _container = new(
        () => BlobClients.Create(options.Value.Storage).GetBlobContainerClient(options.Value.Storage.BackupContainer));

    public string Name => options.Value.Storage.BackupContainer;

    /// <summary>Writes <paramref name="blobName"/> from what <paramref name="produce"/> writes, committing it once produce returns.</summary>
    /// <returns>What produce returned; null when a blob of that name already exists (nothing is written).</returns>
    public async Task<T?> WriteAsync<T>(string blobName, Func<Stream, CancellationToken, Task<T>> produce, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(produce);
        var container = _container.Value;
        if (options.Value.Storage.CreateIfMissing)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var blob = container.GetBlobClient(blobName);

        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: BlockBytes, resumeWriterThreshold: BlockBytes / 2));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var upload = UploadAsync(blob, pipe.Reader, cancellationToken);
        var production = ProduceAsync(pipe.Writer, produce, stop.Token);

        var uploadStoppedFirst = await Task.WhenAny(upload, production).ConfigureAwait(false) == upload && !upload.IsCompletedSuccessfully;
        if (uploadStoppedFirst)
        {
            // The upload gave up (refused, unreachable, the name taken): stop producing.
            await stop.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(upload, production).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);

        // Whichever stopped first says why; the other only stopped because of it.
        var cause = uploadStoppedFirst || !production.IsFaulted ? (Task)upload : production;
        if (cause.Exception?.InnerException is RequestFailedException { Status: (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed } && cause == upload)
        {
            return null;
        }

        await cause.ConfigureAwait(false);
        return await production.ConfigureAwait(false);
    }

    /// <summary>Opens a blob for reading as a stream of ranged reads; null when there is no such blob.</summary>
    public async Task<Stream?> OpenReadAsync(string blobName, CancellationToken cancellationToken)
    {
        var blob = _container.Value.GetBlobClient(blobName);
        try
        {
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static async Task UploadAsync(BlobClient blob, PipeReader reader, CancellationToken cancellationToken)
    {
        var source = reader.AsStream();
        await using (source.ConfigureAwait(false))
        {
            await blob.UploadAsync(source, new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/gzip" },
                TransferOptions = new Azure.Storage.StorageTransferOptions
                {
                    MaximumConcurrency = 1,
                    InitialTransferSize = BlockBytes,
                    MaximumTransferSize = BlockBytes,
                },
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<T> ProduceAsync<T>(PipeWriter writer, Func<Stream, CancellationToken, Task<T>> produce, CancellationToken cancellationToken)
    {
        try
        {
            var result = await produce(writer.AsStream(leaveOpen: true), cancellationToken).ConfigureAwait(false);
            await writer.CompleteAsync().ConfigureAwait(false);
            return result;
        }
        catch (Exception ex)
        {
            await writer.CompleteAsync(ex).ConfigureAwait(false);
            throw;
        }
    }
}
