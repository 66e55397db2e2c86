namespace FollowUp.Core.Reports;

/// <summary>
/// Writes a report to any writable stream. The Open XML package needs to read and seek what it
/// writes, which an HTTP response body cannot; for such a stream the document is built in a
/// temporary file (deleted on close) and copied, so memory stays what the streaming writer needs.
/// </summary>
public static class ReportOutput
{
    private const int BufferSize = 64 * 1024;

    public static async Task WriteAsync(IReportWriter writer, ReportData report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(output);
        if (!writer.NeedsSeekableStream || (output.CanRead && output.CanSeek))
        {
            await writer.WriteAsync(report, output, cancellationToken).ConfigureAwait(false);
            return;
        }

        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), "followup-report-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (spool.ConfigureAwait(false))
        {
            await writer.WriteAsync(report, spool, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            await spool.CopyToAsync(output, BufferSize, cancellationToken).ConfigureAwait(false);
        }
    }
}
