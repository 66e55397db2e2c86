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
public sealed class OwnerActions(SendFreshLink freshLink, NudgeNow nudge, OwnerDetail detail, OwnerEndpoints pages, ILogger<OwnerActions> logger)
{
    public const string DoneParameter = "done";

    public const string FreshLinkAction = "fresh-link";
    public const string NudgeAction = "nudge";

    public Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatNotFound>> FreshLinkAsync(HttpContext http, string email) =>
        ActAsync(http, email, FreshLinkAction, "Send the fields commitment and reason as a form or a JSON object", (a, ct) => freshLink.SendAsync(email, a, ct));

    public Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatNotFound>> NudgeAsync(HttpContext http, string email) =>
        ActAsync(http, email, NudgeAction, "Send the field reason as a form or a JSON object", (a, ct) => nudge.SendAsync(email, a, ct));

    private async Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatNotFound>> ActAsync(
        HttpContext http, string email, string kind, string shape, Func<OwnerAction, CancellationToken, Task<OwnerActionOutcome>> act)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = pages.Reply(http);
        if (await ReadAsync(http).ConfigureAwait(false) is not { } action)
        {
            return await reply.InvalidAsync("This request cannot be read", [new("", shape)]).ConfigureAwait(false);
        }

        switch (await act(action, http.RequestAborted).ConfigureAwait(false))
        {
            case OwnerActionOutcome.Done done:
                SecretariatLog.ActionApplied(logger, kind, action.CommitmentId ?? "");
                return reply.IsJson
                    ? new ActionApplied(200, SecretariatReply.JsonBody(OwnerJson.Write(w => { w.WriteStartObject(); w.WriteString("done", done.Message); w.WriteEndObject(); })))
                    : new ActionApplied(303, SecretariatReply.HtmlBody(""), new KeyValuePair<string, string>("Location", pages.Url(email) + "?" + DoneParameter + "=" + kind));
            case OwnerActionOutcome.Invalid invalid:
                return await RefusedAsync(http, reply, email, action, kind, new NoticeView("error", "Nothing was sent", ["Correct what is listed and try again."], invalid.Errors)) is { } page
                    ? new InvalidRequest(400, page)
                    : await OwnerEndpoints.NotFoundAsync(reply).ConfigureAwait(false);
            case OwnerActionOutcome.Refused refused:
                return await RefusedAsync(http, reply, email, action, kind, new NoticeView("warning", "Not done as asked", [refused.Message], [])) is { } conflict
                    ? new ActionConflict(409, conflict)
                    : await OwnerEndpoints.NotFoundAsync(reply).ConfigureAwait(false);
            default:
                return await OwnerEndpoints.NotFoundAsync(reply).ConfigureAwait(false);
        }
    }

    private async Task<SecretariatContent?> RefusedAsync(HttpContext http, SecretariatReply reply, string email, OwnerAction sent, string kind, NoticeView notice)
    {
        if (await detail.ShowAsync(email, http.RequestAborted).ConfigureAwait(false) is not OwnerOutcome.Found found)
        {
            return null;
        }

        if (reply.IsJson)
        {
            return SecretariatReply.JsonBody(SecretariatJson.Errors(notice.Errors.Count > 0 ? notice.Errors : [new("", string.Join(" ", notice.Paragraphs))]));
        }

        return await pages.PageAsync(http, reply, found.Owner, notice, sent, kind).ConfigureAwait(false);
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
