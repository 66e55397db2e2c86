using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Import;
using FollowUp.Core.Secretariat.Uploads;
using FollowUp.Web.Secretariat.Edits;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>The Admin uploads an import file: the form, the preview of every change, and Apply (only what was previewed).</summary>
public sealed class ImportActions(
    ImportUpload upload,
    IAntiforgery antiforgery,
    IOptions<FollowUpOptions> options,
    ILogger<ImportActions> logger)
{
    private static readonly string[] Formats = ["json", "csv"];

    private readonly EditUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, RoleRefused>> FormAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        if (!SecretariatRouteFilter.User(http).CanAct)
        {
            return await reply.ForbiddenAsync("import commitments: reading is all your role allows").ConfigureAwait(false);
        }

        if (reply.IsJson)
        {
            return new SecretariatPage(200, SecretariatReply.JsonBody(System.Text.Json.JsonSerializer.Serialize(new { maxBytes = ImportInput.MaxBytes, formats = Formats })));
        }

        return new SecretariatPage(200, await PageAsync(http, reply, "Upload an import file", null, null, [], null).ConfigureAwait(false));
    }

    public Task<Results<SecretariatPage, InvalidRequest, ActionApplied, ActionConflict>> PreviewAsync(HttpContext http) => RunAsync(http, apply: false);

    public Task<Results<SecretariatPage, InvalidRequest, ActionApplied, ActionConflict>> ApplyAsync(HttpContext http) => RunAsync(http, apply: true);

    private async Task<Results<SecretariatPage, InvalidRequest, ActionApplied, ActionConflict>> RunAsync(HttpContext http, bool apply)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = Reply(http);
        var (input, problem) = await ImportInput.ReadAsync(http).ConfigureAwait(false);
        if (input is null || problem is not null)
        {
            var refused = problem ?? new(ImportInput.FileField, "Choose a .json or .csv file to upload");
            var status = ImportInput.IsTooLarge(refused) ? 413 : 400;
            return new InvalidRequest(status, await RefusedAsync(http, reply, [new("the file", null, [refused])]).ConfigureAwait(false));
        }

        var outcome = apply
            ? await upload.ApplyAsync(input.File, input.Format, input.Binding, http.RequestAborted).ConfigureAwait(false)
            : await upload.PreviewAsync(input.File, input.Format, http.RequestAborted).ConfigureAwait(false);
        switch (outcome)
        {
            case UploadOutcome.Unreadable unreadable:
                return new InvalidRequest(400, await RefusedAsync(http, reply, [new("the file", null, [new(ImportInput.FileField, unreadable.Reason)])]).ConfigureAwait(false));
            case UploadOutcome.Invalid invalid:
                return new InvalidRequest(400, await RefusedAsync(http, reply, invalid.Problems, $"{invalid.Problems.Count} of {invalid.RowCount} rows are invalid; nothing was written.").ConfigureAwait(false));
            case UploadOutcome.Previewed previewed:
                return new SecretariatPage(200, await PreviewPageAsync(http, reply, input, previewed, null).ConfigureAwait(false));
            case UploadOutcome.Stale stale:
                var notice = new NoticeView("warning", "Nothing was applied: something changed since the preview", ["The file or a stored commitment is not what the preview showed. This is a fresh preview of what the file would do now; check it and apply again."], []);
                return new ActionConflict(409, await PreviewPageAsync(http, reply, input, stale.Fresh, notice).ConfigureAwait(false));
            case UploadOutcome.Applied applied:
                var report = applied.Report;
                var (created, updated, unchanged) = (report.Count(ImportOutcome.Created), report.Count(ImportOutcome.Updated), report.Count(ImportOutcome.Unchanged));
                ImportLog.Applied(logger, created, updated, unchanged);
                if (reply.IsJson)
                {
                    return new ActionApplied(200, SecretariatReply.JsonBody(ImportJson.Changes(applied.Changes, null, applied: true)));
                }

                var done = new NoticeView("success", "The file was imported", [$"{created} new, {updated} changed, {unchanged} unchanged."], []);
                return new ActionApplied(200, await PageAsync(http, reply, "Import applied", done, null, [.. applied.Changes.Select(ImportRowView.From)], null).ConfigureAwait(false));
            default:
                throw new InvalidOperationException("Unknown upload outcome.");
        }
    }

    private async Task<SecretariatContent> PreviewPageAsync(HttpContext http, SecretariatReply reply, ImportInput input, UploadOutcome.Previewed previewed, NoticeView? notice)
    {
        if (reply.IsJson)
        {
            return SecretariatReply.JsonBody(ImportJson.Changes(previewed.Changes, previewed.Binding, applied: false));
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        var form = new ApplyFormView(_urls.ImportApply, tokens.FormFieldName, tokens.RequestToken ?? "", Convert.ToBase64String(input.File), input.Format.ToString().ToLowerInvariant(), previewed.Binding);
        var c = previewed.Changes;
        var summary = $"{c.Count(r => r.Kind == RowChangeKind.New)} new, {c.Count(r => r.Kind == RowChangeKind.Changed)} changed, {c.Count(r => r.Kind == RowChangeKind.Unchanged)} unchanged. Nothing is written until you apply.";
        return await PageAsync(http, reply, "Preview of the import", notice, summary, [.. c.Select(ImportRowView.From)], form).ConfigureAwait(false);
    }

    private async Task<SecretariatContent> RefusedAsync(HttpContext http, SecretariatReply reply, IReadOnlyList<RowProblem> problems, string? heading = null)
    {
        if (reply.IsJson)
        {
            return SecretariatReply.JsonBody(ImportJson.Problems(problems));
        }

        IReadOnlyList<ValidationError> errors = [.. problems.SelectMany(p => p.Errors.Select(e => new ValidationError(p.Location + (p.Id is null ? "" : $" (id '{p.Id}')") + ", " + e.Field, e.Message)))];
        var notice = new NoticeView("error", heading ?? "Nothing was written", ["Correct the file and upload it again."], errors);
        return await PageAsync(http, reply, "Upload an import file", notice, null, [], null).ConfigureAwait(false);
    }

    private async Task<SecretariatContent> PageAsync(HttpContext http, SecretariatReply reply, string heading, NoticeView? notice, string? summary, IReadOnlyList<ImportRowView> rows, ApplyFormView? apply)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var uploadForm = apply is null ? new UploadFormView(_urls.Import, tokens.FormFieldName, tokens.RequestToken ?? "", ImportInput.Limit) : null;
        var model = new ImportPageModel(heading, _urls.Workspace.Commitments, notice, uploadForm, summary, rows, apply);
        return SecretariatReply.HtmlBody(await EditRenderer.ImportAsync(reply.Nav!, model).ConfigureAwait(false));
    }

    private SecretariatReply Reply(HttpContext http)
    {
        var user = SecretariatRouteFilter.User(http);
        return SecretariatReply.For(http.Request, NavView.For(_urls.Workspace, user));
    }
}
