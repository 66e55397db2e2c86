using System.Globalization;
using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Intake;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>
/// The intake, for an Admin: paste or upload the outcome text, review the drafts
/// <see cref="SessionIntake"/> proposes, and download them in the import format. The download
/// runs the same text again (the use case is deterministic), so nothing is ever stored.
/// </summary>
public sealed class IntakeEndpoints(SessionIntake intake, IAntiforgery antiforgery, IOptions<FollowUpOptions> options, ILogger<IntakeEndpoints> logger)
{
    private readonly SessionUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, RoleRefused>> PageAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SessionPages.Reply(http, _urls);
        if (!SecretariatRouteFilter.User(http).CanAct)
        {
            return await reply.ForbiddenAsync("run the intake: reading is all your role allows").ConfigureAwait(false);
        }

        if (reply.IsJson)
        {
            return new SecretariatPage(200, SecretariatReply.JsonBody(SecretariatJson.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("post", _urls.Intake);
                w.WriteNumber("maxBytes", IntakeRun.MaxBytes);
                w.WriteEndObject();
            })));
        }

        return new SecretariatPage(200, await FormAsync(http, reply, new IntakeInput(null, null, null, null, null), null).ConfigureAwait(false));
    }

    public async Task<Results<SecretariatPage, InvalidRequest>> ProposeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SessionPages.Reply(http, _urls);
        var (input, tooLarge) = await IntakeReading.ReadAsync(http, IntakeRun.MaxBytes).ConfigureAwait(false);
        var result = input is null ? null : IntakeRun.Run(intake, input);
        switch (result)
        {
            case IntakeResult.Proposed proposed:
                SessionLog.IntakeProposed(logger, proposed.Drafted.Drafts.Count, proposed.Drafted.Sentences, proposed.Request.Commission);
                if (reply.IsJson)
                {
                    return new SecretariatPage(200, SecretariatReply.JsonBody(IntakeViews.Json(proposed)));
                }

                var tokens = antiforgery.GetAndStoreTokens(http);
                var form = new DraftsForm(
                    _urls.IntakeDrafts, tokens.FormFieldName, tokens.RequestToken ?? "", proposed.Request.Commission,
                    proposed.Request.AsOf is { } d ? IsoDate.Format(d) : null, proposed.Request.DocumentName, proposed.Text);
                return new SecretariatPage(200, SecretariatReply.HtmlBody(await SessionRenderer.ReviewAsync(reply.Nav!, IntakeViews.Review(proposed, form, _urls.Intake)).ConfigureAwait(false)));
            default:
                return await RefusedAsync(http, reply, input, result, tooLarge).ConfigureAwait(false);
        }
    }

    public async Task<Results<SecretariatDownload, InvalidRequest>> DraftsAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SessionPages.Reply(http, _urls);
        var (input, tooLarge) = await IntakeReading.ReadAsync(http, IntakeRun.MaxBytes).ConfigureAwait(false);
        var format = input?.Format?.Trim();
        if (input is not null && format is not ("json" or "csv"))
        {
            return await reply.InvalidAsync("The drafts cannot be downloaded", [new(IntakeReading.FormatField, $"'{format}' must be json or csv")]).ConfigureAwait(false);
        }

        var result = input is null ? null : IntakeRun.Run(intake, input);
        if (result is not IntakeResult.Proposed proposed)
        {
            return await RefusedAsync(http, reply, input, result, tooLarge).ConfigureAwait(false);
        }

        var name = proposed.Request.Commission + "-drafts." + format;
        if (format == "csv")
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            await DraftCsv.WriteAsync(text, proposed.Drafted.Drafts, http.RequestAborted).ConfigureAwait(false);
            return new SecretariatDownload("text/csv; charset=utf-8", new UTF8Encoding(false).GetBytes(text.ToString()), name);
        }

        using var buffer = new MemoryStream();
        await DraftJson.WriteAsync(buffer, proposed.Drafted.Drafts, http.RequestAborted).ConfigureAwait(false);
        buffer.WriteByte((byte)'\n');
        return new SecretariatDownload(SecretariatReply.Json, buffer.ToArray(), name);
    }

    /// <summary>The form again with every problem named and what was typed kept (or JSON errors); 413 for a text over the limit.</summary>
    private async Task<InvalidRequest> RefusedAsync(HttpContext http, SecretariatReply reply, IntakeInput? input, IntakeResult? result, bool fileTooLarge)
    {
        var (status, errors) = (input, result) switch
        {
            (null, _) when fileTooLarge => (413, new List<ValidationError> { new(IntakeReading.FileField, IntakeRun.TooLargeMessage) }),
            (null, _) => (400, [new("", "Send the fields commission, asOf and text as a form (or the file as multipart/form-data) or a JSON object")]),
            (_, IntakeResult.TooLarge large) => (413, [large.Error]),
            (_, IntakeResult.Refused refused) => (400, [.. refused.Errors]),
            _ => throw new InvalidOperationException("An intake that proposed drafts is not a refusal."),
        };
        if (reply.IsJson)
        {
            return await reply.InvalidAsync("No drafts were proposed", errors, status).ConfigureAwait(false);
        }

        var notice = new NoticeView("error", "No drafts were proposed", ["Correct what is listed and run the intake again. Nothing was stored."], errors);
        return new InvalidRequest(status, await FormAsync(http, reply, input ?? new IntakeInput(null, null, null, null, null), notice).ConfigureAwait(false));
    }

    private async Task<SecretariatContent> FormAsync(HttpContext http, SecretariatReply reply, IntakeInput input, NoticeView? notice)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var kept = input.Text is { Length: <= IntakeRun.MaxBytes } text ? text : null;
        var model = new IntakePageModel(_urls.Intake, tokens.FormFieldName, tokens.RequestToken ?? "", input.Commission, input.AsOf, kept, IntakeRun.MaxBytes / 1024, notice);
        return SecretariatReply.HtmlBody(await SessionRenderer.IntakeAsync(reply.Nav!, model).ConfigureAwait(false));
    }
}
