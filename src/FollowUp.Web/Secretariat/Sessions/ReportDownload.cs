using FollowUp.Core.Reports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>
/// The report as a file: written straight into the response (HTML, CSV) or through
/// <see cref="ReportOutput"/>'s temporary-file spool (XLSX, DOCX), never held whole in memory.
/// A writer that fails before the first byte goes out is answered with the workspace's error page.
/// </summary>
public sealed class ReportDownload : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly BuildReport _build;
    private readonly ReportData _data;
    private readonly ReportFormat _format;
    private readonly SecretariatReply _reply;
    private readonly ILogger _logger;

    internal ReportDownload(BuildReport build, ReportData data, ReportFormat format, SecretariatReply reply, ILogger logger)
    {
        _build = build;
        _data = data;
        _format = format;
        _reply = reply;
        _logger = logger;
        var writer = build.WriterFor(format);
        ContentType = writer.ContentType;
        FileName = $"followup-report-{data.Footer.Snapshot ?? "live"}-{data.Footer.AsOf.UtcDateTime:yyyyMMdd'T'HHmm'Z'}.{writer.Extension}";
    }

    public int StatusCode { get; } = StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType { get; }

    public string FileName { get; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = FileName }.ToString();
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            return;
        }

        try
        {
            await _build.WriteAsync(_data, _format, response.Body, httpContext.RequestAborted).ConfigureAwait(false);
            SessionLog.ReportDownloaded(_logger, FileName[(FileName.LastIndexOf('.') + 1)..], _data.Footer.Commitments, _data.Footer.Snapshot ?? "live data");
        }
        catch (Exception ex) when (!response.HasStarted && !httpContext.RequestAborted.IsCancellationRequested)
        {
            SessionLog.ReportFailed(_logger, ex, ContentType);
            response.Headers.Remove(HeaderNames.ContentDisposition);
            await (await _reply.FailedAsync().ConfigureAwait(false)).ExecuteAsync(httpContext).ConfigureAwait(false);
        }
    }
}
