using System.Text.Json;
using FollowUp.Core.Configuration;
using FollowUp.Core.Secretariat;
using FollowUp.Web.Secretariat.Auth;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat;

/// <summary>The Admin's actions on one commitment, and its page with their forms (each carrying its antiforgery token and version).</summary>
public sealed class SecretariatActions(
    ChangeStatus changeStatus,
    CommitmentDetail detail,
    IAntiforgery antiforgery,
    IOptions<FollowUpOptions> options,
    ILogger<SecretariatActions> logger)
{
    private readonly SecretariatUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatNotFound>> StatusAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = SecretariatRouteFilter.User(http);
        var reply = SecretariatReply.For(http.Request, NavView.For(_urls, user));
        if (await ReadAsync(http, user).ConfigureAwait(false) is not { } change)
        {
            return await reply.InvalidAsync("This request cannot be read", [new("", "Send the fields version, action, until and reason as a form or a JSON object")]).ConfigureAwait(false);
        }

        switch (await changeStatus.ApplyAsync(id, change, http.RequestAborted).ConfigureAwait(false))
        {
            case ActionOutcome.Applied applied:
                SecretariatLog.ActionApplied(logger, "status", applied.Commitment.Id);
                if (reply.IsJson && await detail.ShowAsync(id, http.RequestAborted).ConfigureAwait(false) is DetailOutcome.Found now)
                {
                    return new ActionApplied(200, SecretariatReply.JsonBody(SecretariatJson.Commitment(now)));
                }

                return new ActionApplied(303, SecretariatReply.HtmlBody(""), new KeyValuePair<string, string>("Location", _urls.Commitment(id) + "?done=1"));
            case ActionOutcome.Invalid invalid:
                return await RefusedAsync(http, reply, id, change, 400, new("error", "Nothing was changed", ["Correct what is listed and apply again."], invalid.Errors)).ConfigureAwait(false) is { } page
                    ? new InvalidRequest(400, page)
                    : await reply.NotFoundAsync().ConfigureAwait(false);
            case ActionOutcome.Stale:
                var notice = new NoticeView("warning", "Someone changed this commitment first", ["Nothing was changed. The values below are current; check them and apply again if it still makes sense."], []);
                return await RefusedAsync(http, reply, id, change, 409, notice).ConfigureAwait(false) is { } current
                    ? new ActionConflict(409, current)
                    : await reply.NotFoundAsync().ConfigureAwait(false);
            default:
                return await reply.NotFoundAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The commitment's page, with the Admin's form when the person may act.</summary>
    internal async Task<SecretariatContent> PageAsync(HttpContext http, SecretariatReply reply, DetailOutcome.Found found, NoticeView? notice, StatusChange? sent)
    {
        ActionsForm? form = null;
        if (SecretariatRouteFilter.User(http).CanAct)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            form = new ActionsForm(
                _urls.Status(found.Facts.Commitment.Id), tokens.FormFieldName, tokens.RequestToken ?? "", found.Facts.Commitment.Version ?? "",
                CommitmentViews.StatusActions(sent?.Action), sent?.Until, sent?.Reason);
        }

        var model = CommitmentViews.Page(found, _urls, form, notice);
        return SecretariatReply.HtmlBody(await SecretariatRenderer.CommitmentAsync(reply.Nav!, found.Facts.Commitment.Title, model).ConfigureAwait(false));
    }

    /// <summary>The page (or JSON) after a refusal: the current values, the Admin's input kept, nothing written.</summary>
    private async Task<SecretariatContent?> RefusedAsync(HttpContext http, SecretariatReply reply, string id, StatusChange sent, int status, NoticeView notice)
    {
        if (await detail.ShowAsync(id, http.RequestAborted).ConfigureAwait(false) is not DetailOutcome.Found found)
        {
            return null;
        }

        if (reply.IsJson)
        {
            var errors = notice.Errors.Count > 0 ? notice.Errors : [new("version", notice.Heading + ". " + string.Join(" ", notice.Paragraphs))];
            return SecretariatReply.JsonBody(SecretariatJson.Errors(errors, status == 409 ? w => SecretariatJson.CommitmentObject(w, found) : null));
        }

        return await PageAsync(http, reply, found, notice, sent).ConfigureAwait(false);
    }

    private static async Task<StatusChange?> ReadAsync(HttpContext http, SecretariatUser user)
    {
        if (OwnerMediaTypes.IsJson(http.Request.ContentType))
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
                string? Field(string name) => json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                return new(Field(StatusChange.VersionField), Field(StatusChange.ActionField), Field(StatusChange.UntilField), Field(StatusChange.ReasonField), user.Name);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        return new(form[StatusChange.VersionField], form[StatusChange.ActionField], form[StatusChange.UntilField], form[StatusChange.ReasonField], user.Name);
    }
}
