using FollowUp.Core.Configuration;
using FollowUp.Core.Secretariat.Owners;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>A ministry's page and its JSON twin, behind <see cref="SecretariatRouteFilter"/>; the Admin's forms carry an antiforgery token.</summary>
public sealed class OwnerEndpoints(OwnerDetail detail, SecretariatRouteFilter filter, IAntiforgery antiforgery, IOptions<FollowUpOptions> options)
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
                var notice = http.Request.Query[OwnerActions.DoneParameter].ToString() switch
                {
                    OwnerActions.FreshLinkAction => new NoticeView("success", "A fresh link went out", ["It went to this ministry's own address; the commitment's history names you and your reason."], []),
                    OwnerActions.NudgeAction => new NoticeView(
                        "success", "The digest went out", ["It went to this ministry's own address with its open commitments; each commitment's history names you and your reason. Today's scan sends it nothing more."], []),
                    _ => null,
                };
                return new SecretariatPage(200, await PageAsync(http, reply, found.Owner, notice, null, null).ConfigureAwait(false));
            case OwnerOutcome.Invalid invalid:
                return await reply.InvalidAsync("This is not an owner's address", invalid.Errors).ConfigureAwait(false);
            default:
                return await NotFoundAsync(reply).ConfigureAwait(false);
        }
    }

    internal string Url(string email) => _urls.Owner(email);

    /// <param name="sentKind">Which form <paramref name="sent"/> came from, so its reason is kept in that form.</param>
    internal async Task<SecretariatContent> PageAsync(HttpContext http, SecretariatReply reply, OwnerFacts facts, NoticeView? notice, OwnerAction? sent, string? sentKind)
    {
        OwnerActionForm? form = null;
        if (SecretariatRouteFilter.User(http).CanAct)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            form = new OwnerActionForm(
                _urls.Owner(facts.Owner.Email) + "/" + OwnerActions.FreshLinkAction, tokens.FormFieldName, tokens.RequestToken ?? "",
                [.. facts.Commitments.Select(r => r.Facts.Commitment).Where(c => c.IsOpen).Select(c => new ChoiceOption(c.Id, c.Title, c.Id == sent?.CommitmentId))],
                sentKind == OwnerActions.FreshLinkAction ? sent?.Reason : null,
                _urls.Owner(facts.Owner.Email) + "/" + OwnerActions.NudgeAction,
                sentKind == OwnerActions.NudgeAction ? sent?.Reason : null);
        }

        return SecretariatReply.HtmlBody(await OwnerPages.OwnerAsync(reply.Nav!, OwnerViews.Page(facts, _urls, notice) with { Actions = form }).ConfigureAwait(false));
    }

    internal static async Task<SecretariatNotFound> NotFoundAsync(SecretariatReply reply) =>
        new(404, await reply.MessageAsync("No such ministry", ["No commitment names this address as an owner. Check the address, or find the ministry in the list."], linkUrl: reply.Nav?.Commitments, linkText: "All commitments").ConfigureAwait(false));

    internal SecretariatReply Reply(HttpContext http) => SecretariatReply.For(http.Request, filter.Nav(SecretariatRouteFilter.User(http)));
}
