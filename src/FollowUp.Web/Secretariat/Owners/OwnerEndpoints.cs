using FollowUp.Core.Configuration;
using FollowUp.Core.Secretariat.Owners;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>A ministry's page and its JSON twin, behind <see cref="SecretariatRouteFilter"/>.</summary>
public sealed class OwnerEndpoints(OwnerDetail detail, SecretariatRouteFilter filter, IOptions<FollowUpOptions> options)
{
    private readonly SecretariatUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, SecretariatNotFound, InvalidRequest>> OwnerAsync(HttpContext http, string email)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        switch (await detail.ShowAsync(email, http.RequestAborted).ConfigureAwait(false))
        {
            case OwnerOutcome.Found found when reply.IsJson:
                return new SecretariatPage(200, SecretariatReply.JsonBody(OwnerJson.Owner(found.Owner)));
            case OwnerOutcome.Found found:
                return new SecretariatPage(200, await PageAsync(reply, found.Owner, null).ConfigureAwait(false));
            case OwnerOutcome.Invalid invalid:
                return await reply.InvalidAsync("This is not an owner's address", invalid.Errors).ConfigureAwait(false);
            default:
                return await NotFoundAsync(reply).ConfigureAwait(false);
        }
    }

    internal async Task<SecretariatContent> PageAsync(SecretariatReply reply, OwnerFacts facts, NoticeView? notice) =>
        SecretariatReply.HtmlBody(await OwnerPages.OwnerAsync(reply.Nav!, OwnerViews.Page(facts, _urls, notice)).ConfigureAwait(false));

    internal static async Task<SecretariatNotFound> NotFoundAsync(SecretariatReply reply) =>
        new(404, await reply.MessageAsync("No such ministry", ["No commitment names this address as an owner. Check the address, or find the ministry in the list."], linkUrl: reply.Nav?.Commitments, linkText: "All commitments").ConfigureAwait(false));

    internal SecretariatReply Reply(HttpContext http) => SecretariatReply.For(http.Request, filter.Nav(SecretariatRouteFilter.User(http)));
}
