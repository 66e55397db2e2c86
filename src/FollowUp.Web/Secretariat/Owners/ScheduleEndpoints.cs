using FollowUp.Core.Configuration;
using FollowUp.Core.Secretariat.Schedule;
using FollowUp.Web.Secretariat.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>What goes out next, and its JSON twin, behind <see cref="SecretariatRouteFilter"/>.</summary>
public sealed class ScheduleEndpoints(SendSchedule schedule, SecretariatRouteFilter filter, IOptions<FollowUpOptions> options)
{
    private readonly SecretariatUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<SecretariatPage> ScheduleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SecretariatReply.For(http.Request, filter.Nav(SecretariatRouteFilter.User(http)));
        var plan = await schedule.ShowAsync(http.RequestAborted).ConfigureAwait(false);
        return reply.IsJson
            ? new SecretariatPage(200, SecretariatReply.JsonBody(ScheduleJson.Schedule(plan)))
            : new SecretariatPage(200, SecretariatReply.HtmlBody(await OwnerPages.ScheduleAsync(reply.Nav!, ScheduleViews.Page(plan, _urls)).ConfigureAwait(false)));
    }
}
