using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Secretariat;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat;

/// <summary>
/// The workspace's read routes: each turns a request into a use case's input and its outcome into a
/// result. Behind <see cref="SecretariatRouteFilter"/>, which has already checked who is asking.
/// </summary>
public sealed class SecretariatEndpoints(
    WorkspaceOverview overview,
    CommitmentListing listing,
    CommitmentDetail detail,
    SecretariatActions actions,
    IOptions<FollowUpOptions> options)
{
    private readonly SecretariatUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, InvalidRequest>> OverviewAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        var counts = ((OverviewOutcome.Shown)await overview.ShowAsync(http.RequestAborted).ConfigureAwait(false)).Counts;
        return reply.IsJson
            ? new SecretariatPage(200, SecretariatReply.JsonBody(SecretariatJson.Overview(counts, _urls)))
            : new SecretariatPage(200, SecretariatReply.HtmlBody(await SecretariatRenderer.OverviewAsync(reply.Nav!, SecretariatViews.Overview(counts, _urls)).ConfigureAwait(false)));
    }

    public async Task<Results<SecretariatPage, SecretariatDownload, InvalidRequest>> CommitmentsAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        var query = http.Request.Query;
        var format = query[SecretariatPaths.FormatParameter].ToString();
        if (format is not ("" or "csv" or "xlsx"))
        {
            return await reply.InvalidAsync("This download cannot be made", [new(SecretariatPaths.FormatParameter, $"'{format}' must be csv or xlsx")]).ConfigureAwait(false);
        }

        string? Parameter(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        var errors = new List<ValidationError>();
        var reading = CommitmentFilterReader.Read(Parameter);
        if (reading is FilterReading.Invalid invalid)
        {
            errors.AddRange(invalid.Errors);
        }

        var asked = ListPaging.Read(Parameter, errors);
        var filter = reading is FilterReading.Read read ? read.Filter : CommitmentFilter.All;
        if (errors.Count > 0)
        {
            if (reply.IsJson || format.Length > 0)
            {
                return await reply.InvalidAsync("Some filters could not be read", errors).ConfigureAwait(false);
            }

            // The form alone, with what could be read filled in: nothing to list until it is mended.
            var form = SecretariatViews.List(null, asked ?? ListPaging.First, _urls, filter, errors);
            return new InvalidRequest(400, SecretariatReply.HtmlBody(await SecretariatRenderer.ListAsync(reply.Nav!, form).ConfigureAwait(false)));
        }

        // The downloads are the whole view; the JSON list is too unless a page is asked for; the page is one page.
        var paging = format.Length > 0 ? null : reply.IsJson ? asked : asked ?? ListPaging.First;
        var listed = (ListOutcome.Listed)await listing.ListAsync(filter, paging, http.RequestAborted).ConfigureAwait(false);
        return format switch
        {
            "csv" => new SecretariatDownload(ListCsv.ContentType, await ListCsv.WriteAsync(listed, http.RequestAborted).ConfigureAwait(false), "commitments.csv"),
            "xlsx" => new SecretariatDownload(ListXlsx.ContentType, ListXlsx.Write(listed), "commitments.xlsx"),
            _ when reply.IsJson => new SecretariatPage(200, SecretariatReply.Json, SecretariatJson.ListUtf8(listed)),
            _ => new SecretariatPage(200, SecretariatReply.HtmlBody(await SecretariatRenderer.ListAsync(reply.Nav!, SecretariatViews.List(listed, paging!, _urls, filter, [])).ConfigureAwait(false))),
        };
    }

    public async Task<Results<SecretariatPage, SecretariatNotFound>> CommitmentAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        if (await detail.ShowAsync(id, http.RequestAborted).ConfigureAwait(false) is not DetailOutcome.Found found)
        {
            return await reply.NotFoundAsync().ConfigureAwait(false);
        }

        if (reply.IsJson)
        {
            return new SecretariatPage(200, SecretariatReply.JsonBody(SecretariatJson.Commitment(found)));
        }

        var notice = http.Request.Query["done"] == "1"
            ? new NoticeView("success", "The change was saved", ["It is in the timeline below, with your name and reason."], [])
            : null;
        return new SecretariatPage(200, await actions.PageAsync(http, reply, found, notice, null).ConfigureAwait(false));
    }

    private SecretariatReply Reply(HttpContext http)
    {
        var user = SecretariatRouteFilter.User(http);
        return SecretariatReply.For(http.Request, NavView.For(_urls, user));
    }
}
