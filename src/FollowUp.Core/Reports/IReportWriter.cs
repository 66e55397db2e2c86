namespace FollowUp.Core.Reports;

/// <summary>Prints a <see cref="ReportData"/> in one format to a stream, which it leaves open.</summary>
public interface IReportWriter
{
    ReportFormat Format { get; }

    /// <summary>The media type of a download, e.g. for the workspace's Content-Type.</summary>
    string ContentType { get; }

    /// <summary>The file extension, without the dot.</summary>
    string Extension { get; }

    /// <summary>Whether <see cref="WriteAsync"/> must be given a readable, seekable stream; <see cref="ReportOutput"/> provides one.</summary>
    bool NeedsSeekableStream => false;

    Task WriteAsync(ReportData report, Stream output, CancellationToken cancellationToken = default);
}
