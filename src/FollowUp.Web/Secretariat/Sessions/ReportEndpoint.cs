using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reports;
using FollowUp.Core.Snapshots;
using FollowUp.Web.Secretariat.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>
/// <c>report?snapshot=&amp;since=&amp;format=html|xlsx|docx|csv</c>: the same report as <c>followup report</c>,
/// through <see cref="BuildReport"/>, as a download. Every bad parameter is named before anything is read.
/// </summary>
public sealed class ReportEndpoint(BuildReport build, IOptions<FollowUpOptions> options, ILogger<ReportEndpoint> logger)
{
    private static readonly Dictionary<string, ReportFormat> Formats = Enum.GetValues<ReportFormat>().ToDictionary(f => f.ToString().ToLowerInvariant(), StringComparer.Ordinal);
    private static readonly Dictionary<string, ReportGrouping> Groupings = Enum.GetValues<ReportGrouping>().ToDictionary(g => g.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    private readonly SessionUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<ReportDownload, InvalidRequest, SecretariatNotFound, SecretariatFailure>> DownloadAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SessionPages.Reply(http, _urls);
        var query = http.Request.Query;
        string? Text(string name) => query.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } t ? t : null;

        var errors = new List<ValidationError>();
        var format = ReportFormat.Html;
        if (Text(ReportForms.Format) is not { } formatText || !Formats.TryGetValue(formatText, out format))
        {
            errors.Add(new(ReportForms.Format, $"{(Text(ReportForms.Format) is { } f ? $"'{f}'" : "is missing; it")} must be one of html, xlsx, docx or csv"));
        }

        var snapshot = Text(ReportForms.Snapshot);
        var since = Text(ReportForms.Since);
        foreach (var (field, name) in new[] { (ReportForms.Snapshot, snapshot), (ReportForms.Since, since) })
        {
            if (name is not null && !CreateSnapshot.IsValidName(name))
            {
                errors.Add(new(field, $"'{name}' is not a snapshot name: 1-64 lower-case letters, digits and dashes"));
            }
        }

        var grouping = ReportGrouping.Sector;
        if (Text(ReportForms.GroupBy) is { } groupText && !Groupings.TryGetValue(groupText, out grouping))
        {
            errors.Add(new(ReportForms.GroupBy, $"'{groupText}' must be sector or country"));
        }

        var silentAfter = ReportRequest.DefaultSilentAfter;
        if (Text(ReportForms.SilentAfter) is { } silentText
            && (!int.TryParse(silentText, NumberStyles.None, CultureInfo.InvariantCulture, out silentAfter) || silentAfter < 1))
        {
            errors.Add(new(ReportForms.SilentAfter, $"'{silentText}' must be a whole number, 1 or more"));
        }

        if (errors.Count > 0)
        {
            return new InvalidRequest(400, await RefusalAsync(reply, "This report cannot be made", errors).ConfigureAwait(false));
        }

        switch (await build.LoadAsync(new ReportRequest(snapshot, since, grouping, silentAfter), http.RequestAborted).ConfigureAwait(false))
        {
            case ReportLoad.Loaded loaded:
                return new ReportDownload(build, loaded.Data, format, reply, logger);
            case ReportLoad.SnapshotNotFound missing:
                return new SecretariatNotFound(404, await RefusalAsync(reply, "No such snapshot", [new(ReportForms.Snapshot, $"there is no snapshot named {missing.Name}")]).ConfigureAwait(false));
            case ReportLoad.SinceNotFound missing:
                return new SecretariatNotFound(404, await RefusalAsync(reply, "No such snapshot", [new(ReportForms.Since, $"there is no snapshot named {missing.Name}")]).ConfigureAwait(false));
            case ReportLoad.SinceNotEarlier late:
                return new InvalidRequest(400, await RefusalAsync(reply, "This report cannot be made", [new(ReportForms.Since, string.Create(CultureInfo.InvariantCulture,
                    $"snapshot {late.Name} (as of {late.SinceAsOf:yyyy-MM-ddTHH:mm:ssZ}) is not earlier than the one reported (as of {late.AsOf:yyyy-MM-ddTHH:mm:ssZ})"))]).ConfigureAwait(false));
            case ReportLoad.StorageFailed:
                return await reply.UnavailableAsync().ConfigureAwait(false);
            case var other:
                throw new InvalidOperationException($"Unexpected report outcome {other.GetType().Name}.");
        }
    }

    private Task<SecretariatContent> RefusalAsync(SecretariatReply reply, string heading, IReadOnlyList<ValidationError> errors) =>
        reply.MessageAsync(heading, ["Nothing was downloaded. The snapshots page lists the snapshots and builds the report's address."], errors, _urls.Snapshots, "Snapshots and the report");
}
