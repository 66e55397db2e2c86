using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Import;
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

/// <summary>The Admin adds one commitment: the empty form, and the add (refused, never overwriting, when the id exists).</summary>
public sealed class AddActions(
    AddCommitment add,
    CommitmentDetail detail,
    IAntiforgery antiforgery,
    IOptions<FollowUpOptions> options,
    ILogger<AddActions> logger)
{
    private readonly EditUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, RoleRefused>> FormAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        if (!SecretariatRouteFilter.User(http).CanAct)
        {
            return await reply.ForbiddenAsync("add commitments: reading is all your role allows").ConfigureAwait(false);
        }

        if (reply.IsJson)
        {
            return new SecretariatPage(200, SecretariatReply.JsonBody(System.Text.Json.JsonSerializer.Serialize(new { fields = AddCommitment.Fields, ownerFields = ImportFields.OwnerFields })));
        }

        var (values, owners) = EditForms.Sent(new RawCommitment());
        return new SecretariatPage(200, await PageAsync(http, reply, values, owners, null, null).ConfigureAwait(false));
    }

    public async Task<Results<ActionApplied, InvalidRequest, ActionConflict>> AddAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = SecretariatRouteFilter.User(http);
        var reply = Reply(http);
        if (await CommitmentInput.ReadAsync(http, AddCommitment.Fields).ConfigureAwait(false) is not { } input)
        {
            return await reply.InvalidAsync("This commitment cannot be read", [new("", "Send its fields as a form or a JSON object")]).ConfigureAwait(false);
        }

        switch (await add.AddAsync(input.Values, input.Reason, user.Name, http.RequestAborted).ConfigureAwait(false))
        {
            case AddOutcome.Added added:
                SecretariatLog.ActionApplied(logger, "add", added.Commitment.Id);
                if (reply.IsJson && await detail.ShowAsync(added.Commitment.Id, http.RequestAborted).ConfigureAwait(false) is DetailOutcome.Found now)
                {
                    return new ActionApplied(201, SecretariatReply.JsonBody(SecretariatJson.Commitment(now)), new KeyValuePair<string, string>("Location", _urls.Workspace.Commitment(added.Commitment.Id)));
                }

                return new ActionApplied(303, SecretariatReply.HtmlBody(""), new KeyValuePair<string, string>("Location", _urls.Workspace.Commitment(added.Commitment.Id) + "?done=1"));
            case AddOutcome.Exists exists:
                IReadOnlyList<ValidationError> taken = [new(ImportFields.Id, $"'{exists.Current.Id}' is the id of a commitment that exists already ('{exists.Current.Title}'); it was left as it is. Choose another id, or edit that commitment.")];
                return new ActionConflict(409, await RefusedAsync(http, reply, input, taken).ConfigureAwait(false));
            case AddOutcome.Invalid invalid:
                return new InvalidRequest(400, await RefusedAsync(http, reply, input, invalid.Errors).ConfigureAwait(false));
            default:
                throw new InvalidOperationException("Unknown add outcome.");
        }
    }

    private async Task<SecretariatContent> RefusedAsync(HttpContext http, SecretariatReply reply, CommitmentInput input, IReadOnlyList<ValidationError> errors)
    {
        if (reply.IsJson)
        {
            return SecretariatReply.JsonBody(SecretariatJson.Errors(errors));
        }

        var (values, owners) = EditForms.Sent(input.Values);
        return await PageAsync(http, reply, values, owners, input.Reason, new NoticeView("error", "Nothing was added", ["Correct what is listed and add again."], errors)).ConfigureAwait(false);
    }

    private async Task<SecretariatContent> PageAsync(HttpContext http, SecretariatReply reply, Dictionary<string, string?> values, List<OwnerInput> owners, string? reason, NoticeView? notice)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var form = new CommitmentFormView(_urls.Add, tokens.FormFieldName, tokens.RequestToken ?? "", null, values, owners, reason);
        var model = new EditPageModel("Add a commitment", _urls.Workspace.Commitments, "All commitments", notice, null, form);
        return SecretariatReply.HtmlBody(await EditRenderer.EditAsync(reply.Nav!, model).ConfigureAwait(false));
    }

    private SecretariatReply Reply(HttpContext http)
    {
        var user = SecretariatRouteFilter.User(http);
        return SecretariatReply.For(http.Request, NavView.For(_urls.Workspace, user));
    }
}
