using System.Text.Json;
using FollowUp.Core.Secretariat.Owners;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>The Admin's actions on one ministry; the route filter has checked the role and the antiforgery token.</summary>
public sealed class OwnerActions(SendFreshLink freshLink, OwnerDetail detail, OwnerEndpoints pages, ILogger<OwnerActions> logger)
{
    public const string DoneParameter = "done";

    public async Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatNotFound>> FreshLinkAsync(HttpContext http, string email)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = pages.Reply(http);
        if (await ReadAsync(http).ConfigureAwait(false) is not { } action)
        {
            return await reply.InvalidAsync("This request cannot be read", [new("", "Send the fields commitment and reason as a form or a JSON object")]).ConfigureAwait(false);
        }

        switch (await freshLink.SendAsync(email, action, http.RequestAborted).ConfigureAwait(false))
        {
            case OwnerActionOutcome.Done done:
                SecretariatLog.ActionApplied(logger, "fresh-link", action.CommitmentId ?? "");
                return reply.IsJson
                    ? new ActionApplied(200, SecretariatReply.JsonBody(OwnerJson.Write(w => { w.WriteStartObject(); w.WriteString("done", done.Message); w.WriteEndObject(); })))
                    : new ActionApplied(303, SecretariatReply.HtmlBody(""), new KeyValuePair<string, string>("Location", pages.Url(email) + "?" + DoneParameter + "=fresh-link"));
            case OwnerActionOutcome.Invalid invalid:
                return await RefusedAsync(http, reply, email, action, new NoticeView("error", "Nothing was sent", ["Correct what is listed and try again."], invalid.Errors)) is { } page
                    ? new InvalidRequest(400, page)
                    : await OwnerEndpoints.NotFoundAsync(reply).ConfigureAwait(false);
            case OwnerActionOutcome.Refused refused:
                return await RefusedAsync(http, reply, email, action, new NoticeView("warning", "Nothing was sent", [refused.Message], [])) is { } conflict
                    ? new ActionConflict(409, conflict)
                    : await OwnerEndpoints.NotFoundAsync(reply).ConfigureAwait(false);
            default:
                return await OwnerEndpoints.NotFoundAsync(reply).ConfigureAwait(false);
        }
    }

    private async Task<SecretariatContent?> RefusedAsync(HttpContext http, SecretariatReply reply, string email, OwnerAction sent, NoticeView notice)
    {
        if (await detail.ShowAsync(email, http.RequestAborted).ConfigureAwait(false) is not OwnerOutcome.Found found)
        {
            return null;
        }

        if (reply.IsJson)
        {
            return SecretariatReply.JsonBody(SecretariatJson.Errors(notice.Errors.Count > 0 ? notice.Errors : [new("", string.Join(" ", notice.Paragraphs))]));
        }

        return await pages.PageAsync(http, reply, found.Owner, notice, sent).ConfigureAwait(false);
    }

    private static async Task<OwnerAction?> ReadAsync(HttpContext http)
    {
        var by = SecretariatRouteFilter.User(http).Name;
        if (OwnerMediaTypes.IsJson(http.Request.ContentType))
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
                string? Field(string name) => json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                return new(Field(OwnerAction.CommitmentField), Field(OwnerAction.ReasonField), by);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        return new(form[OwnerAction.CommitmentField], form[OwnerAction.ReasonField], by);
    }
}
