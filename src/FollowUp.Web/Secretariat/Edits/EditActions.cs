using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Secretariat;
using FollowUp.Core.Secretariat.Edits;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>The Admin's edit of one commitment: its form (with the version it was made on) and the save.</summary>
public sealed class EditActions(
    EditCommitment edit,
    CommitmentDetail detail,
    IAntiforgery antiforgery,
    IOptions<FollowUpOptions> options,
    ILogger<EditActions> logger)
{
    private readonly EditUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, RoleRefused, SecretariatNotFound>> FormAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        if (!SecretariatRouteFilter.User(http).CanAct)
        {
            return await reply.ForbiddenAsync("edit commitments: reading is all your role allows").ConfigureAwait(false);
        }

        if (await detail.ShowAsync(id, http.RequestAborted).ConfigureAwait(false) is not DetailOutcome.Found found)
        {
            return await reply.NotFoundAsync().ConfigureAwait(false);
        }

        if (reply.IsJson)
        {
            return new SecretariatPage(200, SecretariatReply.JsonBody(SecretariatJson.Commitment(found)));
        }

        var c = found.Facts.Commitment;
        var (values, owners) = EditForms.Stored(c);
        return new SecretariatPage(200, await PageAsync(http, reply, c, values, owners, null, null, null).ConfigureAwait(false));
    }

    public async Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatNotFound>> SaveAsync(HttpContext http, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = SecretariatRouteFilter.User(http);
        var reply = Reply(http);
        if (await CommitmentInput.ReadAsync(http, CommitmentEdit.Editable).ConfigureAwait(false) is not { } input)
        {
            return await reply.InvalidAsync("This edit cannot be read", [new("", "Send the commitment's fields as a form or a JSON object")]).ConfigureAwait(false);
        }

        var outcome = await edit.ApplyAsync(id, new CommitmentEdit(input.Version, input.Values, input.Reason, user.Name), http.RequestAborted).ConfigureAwait(false);
        switch (outcome)
        {
            case ActionOutcome.Applied applied:
                SecretariatLog.ActionApplied(logger, "edit", applied.Commitment.Id);
                if (reply.IsJson && await detail.ShowAsync(id, http.RequestAborted).ConfigureAwait(false) is DetailOutcome.Found now)
                {
                    return new ActionApplied(200, SecretariatReply.JsonBody(SecretariatJson.Commitment(now)));
                }

                return new ActionApplied(303, SecretariatReply.HtmlBody(""), new KeyValuePair<string, string>("Location", _urls.Workspace.Commitment(id) + "?done=1"));
            case ActionOutcome.Invalid invalid when await RefusedAsync(http, reply, id, input, 400, invalid.Errors).ConfigureAwait(false) is { } page:
                return new InvalidRequest(400, page);
            case ActionOutcome.Stale when await RefusedAsync(http, reply, id, input, 409, []).ConfigureAwait(false) is { } current:
                return new ActionConflict(409, current);
            default:
                return await reply.NotFoundAsync().ConfigureAwait(false);
        }
    }

    /// <summary>After a refusal: the current values, the Admin's input kept and acting on the current version, nothing written.</summary>
    private async Task<SecretariatContent?> RefusedAsync(HttpContext http, SecretariatReply reply, string id, CommitmentInput input, int status, IReadOnlyList<ValidationError> errors)
    {
        if (await detail.ShowAsync(id, http.RequestAborted).ConfigureAwait(false) is not DetailOutcome.Found found)
        {
            return null;
        }

        var stale = status == 409;
        if (reply.IsJson)
        {
            IReadOnlyList<ValidationError> all = stale ? [new(CommitmentEdit.VersionField, "Someone changed this commitment first; nothing was changed. Check the current values and send the edit again on their version.")] : errors;
            return SecretariatReply.JsonBody(SecretariatJson.Errors(all, stale ? w => SecretariatJson.CommitmentObject(w, found) : null));
        }

        var notice = stale
            ? new NoticeView("warning", "Someone changed this commitment first", ["Nothing was saved. What is stored now is shown first; your changes are kept in the form below. Check them and save again if they still make sense."], [])
            : new NoticeView("error", "Nothing was saved", ["Correct what is listed and save again."], errors);
        var c = found.Facts.Commitment;
        var (values, owners) = EditForms.Sent(input.Values);
        return await PageAsync(http, reply, c, values, owners, input.Reason, notice, stale ? EditForms.Current(c) : null).ConfigureAwait(false);
    }

    private async Task<SecretariatContent> PageAsync(
        HttpContext http, SecretariatReply reply, Commitment current, Dictionary<string, string?> values, List<OwnerInput> owners,
        string? reason, NoticeView? notice, StoredValues? stored)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var form = new CommitmentFormView(_urls.Edit(current.Id), tokens.FormFieldName, tokens.RequestToken ?? "", current.Version ?? "", values, owners, reason);
        var model = new EditPageModel("Edit: " + current.Title, _urls.Workspace.Commitment(current.Id), "Back to the commitment", notice, stored, form);
        return SecretariatReply.HtmlBody(await EditRenderer.EditAsync(reply.Nav!, model).ConfigureAwait(false));
    }

    private SecretariatReply Reply(HttpContext http)
    {
        var user = SecretariatRouteFilter.User(http);
        return SecretariatReply.For(http.Request, NavView.For(_urls.Workspace, user));
    }
}
