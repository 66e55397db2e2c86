using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Updates;
using FollowUp.Web.Updates.Results;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Updates;

/// <summary>The update page in each of its states, or its JSON twin, from what the use cases found.</summary>
public sealed class ProgressPages(IOptions<FollowUpOptions> options, TimeProvider time)
{
    internal ProgressUrls Urls { get; } = new(options.Value.PublicBaseUrl);

    internal async Task<ProgressPage> ShownAsync(OwnerReply reply, ShowOutcome.Shown shown, string token, bool done)
    {
        var (commitment, owner, history, latest) = shown;
        if (reply.IsJson)
        {
            return new(200, OwnerReply.Json(ProgressJson.Commitment(commitment, history)));
        }

        var page = ProgressViews.Page(commitment, history, owner, time.GetUtcNow(), Urls.Progress(commitment.Id, token));
        if (done && latest is not null)
        {
            var confirmation = page with { Saved = ProgressViews.History(latest, commitment, owner) };
            return new(200, await OwnerReply.PageAsync("Update saved: " + commitment.Title, confirmation).ConfigureAwait(false));
        }

        var form = page with
        {
            Form = ProgressViews.StoredForm(commitment, history),
            StatusOptions = ProgressViews.Statuses(commitment.Status.ToString()),
        };
        return new(200, await OwnerReply.PageAsync(commitment.Title, form).ConfigureAwait(false));
    }

    /// <summary>200: a completed or cancelled commitment, read-only, with whom to ask (and the confirmation, when the owner just closed it).</summary>
    internal async Task<ProgressPage> ClosedAsync(OwnerReply reply, ShowOutcome.Closed closed, string token, bool done)
    {
        var (commitment, owner, history, latest, contacts) = closed;
        if (reply.IsJson)
        {
            return new(200, OwnerReply.Json(ProgressJson.Commitment(commitment, history)));
        }

        var page = ProgressViews.Page(commitment, history, owner, time.GetUtcNow(), Urls.Progress(commitment.Id, token)) with
        {
            Closed = ProgressViews.Closed(commitment, contacts),
            Saved = done && latest is not null ? ProgressViews.History(latest, commitment, owner) : null,
        };
        return new(200, await OwnerReply.PageAsync((page.Saved is null ? "Closed: " : "Update saved: ") + commitment.Title, page).ConfigureAwait(false));
    }

    /// <summary>409: an update to a closed commitment, refused; nothing was written.</summary>
    internal async Task<ClosedToUpdates> RefusedClosedAsync(OwnerReply reply, SaveOutcome.Closed closed, string token)
    {
        var (commitment, owner, history, contacts, sent) = closed;
        if (reply.IsJson)
        {
            ValidationError refusal = new("", ProgressViews.ClosedMessage(commitment, contacts));
            return new(409, OwnerReply.Json(ProgressJson.Errors([refusal], (commitment, history))));
        }

        var page = ProgressViews.Page(commitment, history, owner, time.GetUtcNow(), Urls.Progress(commitment.Id, token)) with
        {
            Closed = ProgressViews.Closed(commitment, contacts, sent),
        };
        return new(409, await OwnerReply.PageAsync("Not saved: " + commitment.Title, page).ConfigureAwait(false));
    }

    internal SavedRedirect Saved(OwnerReply reply, SaveOutcome.Saved saved, string token)
    {
        var location = new KeyValuePair<string, string>("Location", Urls.Done(saved.Commitment.Id, token));
        var body = reply.IsJson ? OwnerReply.Json(ProgressJson.Commitment(saved.Commitment, saved.History)) : new(OwnerMediaTypes.Html, "");
        return new(303, body, location);
    }

    /// <summary>400: the owner's own values back, every message beside its field, nothing saved.</summary>
    internal async Task<InvalidUpdate> InvalidAsync(OwnerReply reply, SaveOutcome.Invalid invalid, string token)
    {
        var (commitment, owner, history, input, errors) = invalid;
        if (reply.IsJson)
        {
            return new(400, OwnerReply.Json(ProgressJson.Errors(errors)));
        }

        var page = ProgressViews.Page(commitment, history, owner, time.GetUtcNow(), Urls.Progress(commitment.Id, token)) with
        {
            Form = ProgressViews.SentForm(input, commitment.Version),
            StatusOptions = ProgressViews.Statuses(input.Status ?? commitment.Status.ToString()),
            Errors = errors,
            FieldErrors = ProgressViews.FieldErrors(errors),
        };
        return new(400, await OwnerReply.PageAsync("Error: " + commitment.Title, page).ConfigureAwait(false));
    }

    /// <summary>
    /// 409: someone saved first. The page shows the values now stored and carries the new version,
    /// with the owner's note and date kept in the form; status and progress start from the stored
    /// values, so saving again never silently undoes the other report.
    /// </summary>
    internal async Task<UpdateConflict> ConflictAsync(OwnerReply reply, SaveOutcome.Conflict conflict, string token)
    {
        var (current, owner, history, input) = conflict;
        if (reply.IsJson)
        {
            ValidationError stale = new(
                ProgressInput.VersionField,
                "Someone else updated this commitment first; nothing was saved. The current values are in \"current\"; send the update again with its version.");
            return new(409, OwnerReply.Json(ProgressJson.Errors([stale], (current, history))));
        }

        var stored = ProgressViews.StoredForm(current, history);
        var page = ProgressViews.Page(current, history, owner, time.GetUtcNow(), Urls.Progress(current.Id, token)) with
        {
            Form = stored with
            {
                Note = ProgressInputValidator.NormalizeNote(input.Note),
                ExpectedCompletion = string.IsNullOrWhiteSpace(input.ExpectedCompletion) ? stored.ExpectedCompletion : input.ExpectedCompletion,
            },
            StatusOptions = ProgressViews.Statuses(current.Status.ToString()),
            Conflict = new(ProgressViews.StatusLabel(input.Status), input.Progress + "%"),
        };
        return new(409, await OwnerReply.PageAsync("Not saved: " + current.Title, page).ConfigureAwait(false));
    }
}
