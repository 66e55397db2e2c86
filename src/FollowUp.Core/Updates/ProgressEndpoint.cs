using Azure;
using Azure.Identity;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Updates;

/// <summary>
/// The owner's update page, its JSON twin, and the fresh-link request, independent of any host: a host
/// turns its request into a <see cref="ProgressRequest"/> and writes the <see cref="ProgressResponse"/> back.
/// </summary>
/// <remarks>
/// No anti-forgery token is needed. The signed link token is the only credential and it travels in the
/// URL, never in a cookie, so a browser adds nothing to a cross-site request: a forged form post
/// succeeds only if its author already has the token, and whoever has the token can update directly.
/// </remarks>
public sealed class ProgressEndpoint(
    ICommitmentStore store,
    LinkTokenVerifier verifier,
    UpdateLinkBuilder linkBuilder,
    LinkRequestLedger ledger,
    IFreshLinkSender freshLinkSender,
    IOptions<FollowUpOptions> options,
    TimeProvider time,
    ILogger<ProgressEndpoint> logger)
{
    /// <summary>
    /// The largest body read. A 2,000-character note in a script that takes three UTF-8 bytes per
    /// character is 18 KB once percent-encoded, so 32 KB fits every honest update with room to spare.
    /// </summary>
    public const int MaxBodyBytes = 32 * 1024;

    /// <summary>How many past updates the page and the JSON show.</summary>
    public const int HistoryShown = 5;

    private readonly ProgressUrls _urls = new(options.Value.PublicBaseUrl);
    private readonly TimeSpan _cooldown = TimeSpan.FromMinutes(options.Value.Links.FreshLinkCooldownMinutes);

    /// <summary>Answers one request. Throws only <see cref="OperationCanceledException"/> for <paramref name="cancellationToken"/>.</summary>
    public async Task<ProgressResponse> HandleAsync(ProgressRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var json = MediaTypes.PrefersJson(request.Accept) || (IsPost(request) && MediaTypes.IsJson(request.ContentType));
        try
        {
            return request.Route == ProgressRoute.FreshLink
                ? await HandleFreshLinkAsync(request, json, cancellationToken).ConfigureAwait(false)
                : await HandleProgressAsync(request, json, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (IsStorageOutage(ex))
        {
            UpdatesLog.StorageUnavailable(logger, ex);
            return await ProgressResponses.Unavailable(json).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The host's own error page would carry none of the security headers.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            UpdatesLog.UnexpectedFailure(logger, ex);
            return await ProgressResponses.Failed(json).ConfigureAwait(false);
        }
    }

    private async Task<ProgressResponse> HandleProgressAsync(ProgressRequest request, bool json, CancellationToken cancellationToken)
    {
        var post = IsPost(request);
        if (!post && !IsGet(request))
        {
            return await ProgressResponses.MethodNotAllowed(json, "GET, HEAD, POST").ConfigureAwait(false);
        }

        if (!TryVerify(request, out var claims, out var expired))
        {
            return await ProgressResponses.Forbidden(json).ConfigureAwait(false);
        }

        // Transport problems first: they are answered the same whoever sends them and cost no storage read.
        ParsedInput? input = null;
        if (post)
        {
            var (parsed, refusal) = await ReadInputAsync(request, json, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return refusal;
            }

            input = parsed;
        }

        var (commitment, owner, denial) = await LoadAsync(claims, json, cancellationToken).ConfigureAwait(false);
        if (denial is not null)
        {
            return denial;
        }

        if (expired)
        {
            UpdatesLog.LinkExpired(logger, claims.CommitmentId);
            return await ProgressResponses.Gone(json, _urls.FreshLink(claims.CommitmentId, request.Token!)).ConfigureAwait(false);
        }

        return input is null
            ? await ShowAsync(commitment!, owner!, claims, request.Token!, request.Done, json, cancellationToken).ConfigureAwait(false)
            : await UpdateAsync(commitment!, owner!, claims, request.Token!, input, json, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProgressResponse> ShowAsync(
        Commitment commitment, ResponsibleParty owner, LinkClaims claims, string token, bool done, bool json, CancellationToken cancellationToken)
    {
        var history = await store.GetHistoryAsync(commitment.Id, HistoryShown, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            return ProgressResponses.Json(200, ProgressJson.Commitment(commitment, history));
        }

        var page = ProgressViews.Page(commitment, history, owner, time.GetUtcNow(), _urls.Progress(commitment.Id, token));
        var saved = done ? history.FirstOrDefault(e => claims.IsOwnedBy(e.By)) : null;
        if (saved is not null)
        {
            var confirmation = page with { Saved = ProgressViews.History(saved, commitment, owner) };
            return await ProgressResponses.PageAsync(200, "Update saved: " + commitment.Title, confirmation).ConfigureAwait(false);
        }

        var form = page with
        {
            Form = ProgressViews.StoredForm(commitment, history),
            StatusOptions = ProgressViews.Statuses(commitment.Status.ToString()),
        };
        return await ProgressResponses.PageAsync(200, commitment.Title, form).ConfigureAwait(false);
    }

    private async Task<ProgressResponse> UpdateAsync(
        Commitment commitment, ResponsibleParty owner, LinkClaims claims, string token, ParsedInput parsed, bool json, CancellationToken cancellationToken)
    {
        var errors = CollectErrors(parsed, out var change);
        if (change is null)
        {
            UpdatesLog.UpdateInvalid(logger, commitment.Id, errors.Count);
            return await InvalidAsync(commitment, owner, token, parsed.Input, errors, json, cancellationToken).ConfigureAwait(false);
        }

        // Compared here, not only by the store: the version is text from the request, and only a
        // version the store itself issued is ever sent back to it as an If-Match header.
        if (!string.Equals(change.Version, commitment.Version, StringComparison.Ordinal))
        {
            UpdatesLog.UpdateConflict(logger, commitment.Id);
            return await ConflictAsync(commitment, owner, token, parsed.Input, json, cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        var updated = commitment with
        {
            Status = change.Status,
            Progress = change.Progress,
            LastUpdate = new LastUpdate(now, claims.OwnerEmail, change.Note),
        };
        var entry = new ProgressEntry(
            now, claims.OwnerEmail, commitment.Status, change.Status, commitment.Progress, change.Progress, change.Note, change.ExpectedCompletion);

        switch (await store.ReplaceAsync(updated, entry, cancellationToken).ConfigureAwait(false))
        {
            case SaveResult.Saved saved:
                UpdatesLog.UpdateSaved(logger, commitment.Id, change.Status, change.Progress);
                var location = new KeyValuePair<string, string>("Location", _urls.Done(commitment.Id, token));
                if (json)
                {
                    var history = await store.GetHistoryAsync(commitment.Id, HistoryShown, cancellationToken).ConfigureAwait(false);
                    return ProgressResponses.Json(303, ProgressJson.Commitment(saved.Commitment, history), location);
                }

                return ProgressResponse.Create(303, ProgressResponse.HtmlContentType, "", location);

            case SaveResult.Conflict:
                UpdatesLog.UpdateConflict(logger, commitment.Id);
                var current = await store.GetAsync(commitment.Id, cancellationToken).ConfigureAwait(false);
                return current is null
                    ? await ProgressResponses.NotFound(json).ConfigureAwait(false)
                    : await ConflictAsync(current, owner, token, parsed.Input, json, cancellationToken).ConfigureAwait(false);

            default:
                UpdatesLog.CommitmentGone(logger, commitment.Id);
                return await ProgressResponses.NotFound(json).ConfigureAwait(false);
        }
    }

    /// <summary>400: the owner's own values back, every message beside its field, nothing saved.</summary>
    private async Task<ProgressResponse> InvalidAsync(
        Commitment commitment, ResponsibleParty owner, string token, ProgressInput input, IReadOnlyList<ValidationError> errors, bool json, CancellationToken cancellationToken)
    {
        if (json)
        {
            return ProgressResponses.Json(400, ProgressJson.Errors(errors));
        }

        var history = await store.GetHistoryAsync(commitment.Id, HistoryShown, cancellationToken).ConfigureAwait(false);
        var page = ProgressViews.Page(commitment, history, owner, time.GetUtcNow(), _urls.Progress(commitment.Id, token)) with
        {
            Form = ProgressViews.SentForm(input, commitment.Version),
            StatusOptions = ProgressViews.Statuses(input.Status ?? commitment.Status.ToString()),
            Errors = errors,
            FieldErrors = ProgressViews.FieldErrors(errors),
        };
        return await ProgressResponses.PageAsync(400, "Error: " + commitment.Title, page).ConfigureAwait(false);
    }

    /// <summary>
    /// 409: someone saved first. The page shows the values now stored and carries the new version,
    /// with the owner's note and date kept in the form; status and progress start from the stored
    /// values, so saving again never silently undoes the other report.
    /// </summary>
    private async Task<ProgressResponse> ConflictAsync(
        Commitment current, ResponsibleParty owner, string token, ProgressInput input, bool json, CancellationToken cancellationToken)
    {
        var history = await store.GetHistoryAsync(current.Id, HistoryShown, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            ValidationError stale = new(
                ProgressInput.VersionField,
                "Someone else updated this commitment first; nothing was saved. The current values are in \"current\"; send the update again with its version.");
            return ProgressResponses.Json(409, ProgressJson.Errors([stale], (current, history)));
        }

        var stored = ProgressViews.StoredForm(current, history);
        var page = ProgressViews.Page(current, history, owner, time.GetUtcNow(), _urls.Progress(current.Id, token)) with
        {
            Form = stored with
            {
                Note = ProgressInputValidator.NormalizeNote(input.Note),
                ExpectedCompletion = string.IsNullOrWhiteSpace(input.ExpectedCompletion) ? stored.ExpectedCompletion : input.ExpectedCompletion,
            },
            StatusOptions = ProgressViews.Statuses(current.Status.ToString()),
            Conflict = new(ProgressViews.StatusLabel(input.Status), input.Progress + "%"),
        };
        return await ProgressResponses.PageAsync(409, "Not saved: " + current.Title, page).ConfigureAwait(false);
    }

    private async Task<ProgressResponse> HandleFreshLinkAsync(ProgressRequest request, bool json, CancellationToken cancellationToken)
    {
        if (!IsPost(request))
        {
            return await ProgressResponses.MethodNotAllowed(json, "POST").ConfigureAwait(false);
        }

        // A valid token may ask too: an owner may want a link that lasts longer than the one in hand.
        if (!TryVerify(request, out var claims, out _))
        {
            return await ProgressResponses.Forbidden(json).ConfigureAwait(false);
        }

        // The button sends no fields; the body is never read, but an announced flood is still refused.
        if (request.ContentLength > MaxBodyBytes)
        {
            return await ProgressResponses.TooLarge(json, MaxBodyBytes).ConfigureAwait(false);
        }

        var (commitment, owner, denial) = await LoadAsync(claims, json, cancellationToken).ConfigureAwait(false);
        if (denial is not null)
        {
            return denial;
        }

        var claim = await ledger.TryClaimAsync(commitment!.Id, owner!.Email, time.GetUtcNow(), _cooldown, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            UpdatesLog.FreshLinkThrottled(logger, commitment.Id);
            return await ProgressResponses.FreshLinkRequested(json, _cooldown).ConfigureAwait(false);
        }

        Exception? failure = null;
        bool sent;
        try
        {
            // To the registered address, never one from the request: a leaked expired link can only
            // make a fresh link arrive in the owner's own mailbox.
            var link = linkBuilder.BuildUpdateLink(commitment.Id, owner.Email);
            sent = await freshLinkSender.SendAsync(commitment, owner, link, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the sender throws, the claim is given back so the owner can ask again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await ledger.ReleaseAsync(commitment.Id, owner.Email, claim, CancellationToken.None).ConfigureAwait(false);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            failure = ex;
            sent = false;
        }

        if (!sent)
        {
            if (failure is null)
            {
                await ledger.ReleaseAsync(commitment.Id, owner.Email, claim, CancellationToken.None).ConfigureAwait(false);
            }

            UpdatesLog.FreshLinkFailed(logger, commitment.Id, failure);
            return await ProgressResponses.FreshLinkNotSent(json).ConfigureAwait(false);
        }

        UpdatesLog.FreshLinkSent(logger, commitment.Id);
        return await ProgressResponses.FreshLinkRequested(json, _cooldown).ConfigureAwait(false);
    }

    /// <summary>True for a genuine token bound to the route's commitment, expired or not.</summary>
    private bool TryVerify(ProgressRequest request, out LinkClaims claims, out bool expired)
    {
        switch (verifier.VerifyForCommitment(request.Token, request.CommitmentId))
        {
            case LinkTokenResult.Valid valid:
                (claims, expired) = (valid.Claims, false);
                return true;
            case LinkTokenResult.Expired old:
                (claims, expired) = (old.Claims, true);
                return true;
            default:
                UpdatesLog.LinkRefused(logger);
                (claims, expired) = (null!, false);
                return false;
        }
    }

    /// <summary>
    /// The commitment and the token's owner. An address removed from the commitment is refused like a
    /// forged token: the link was genuine, but it no longer speaks for anyone responsible.
    /// </summary>
    private async Task<(Commitment? Commitment, ResponsibleParty? Owner, ProgressResponse? Denial)> LoadAsync(
        LinkClaims claims, bool json, CancellationToken cancellationToken)
    {
        var commitment = await store.GetAsync(claims.CommitmentId, cancellationToken).ConfigureAwait(false);
        if (commitment is null)
        {
            UpdatesLog.CommitmentGone(logger, claims.CommitmentId);
            return (null, null, await ProgressResponses.NotFound(json).ConfigureAwait(false));
        }

        var owner = commitment.Owners.FirstOrDefault(o => claims.IsOwnedBy(o.Email));
        if (owner is null)
        {
            UpdatesLog.OwnerNoLongerListed(logger, claims.CommitmentId);
            return (null, null, await ProgressResponses.Forbidden(json).ConfigureAwait(false));
        }

        return (commitment, owner, null);
    }

    private static async Task<(ParsedInput? Input, ProgressResponse? Refusal)> ReadInputAsync(
        ProgressRequest request, bool json, CancellationToken cancellationToken)
    {
        var isJson = MediaTypes.IsJson(request.ContentType);
        if (!isJson && !MediaTypes.IsForm(request.ContentType))
        {
            return (null, await ProgressResponses.UnsupportedMediaType(json).ConfigureAwait(false));
        }

        byte[]? body;
        try
        {
            body = await ProgressBody.ReadAsync(request.Body, request.ContentLength, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // A dropped connection or a malformed chunked body; ASP.NET Core reports both as IOException.
            return (null, await ProgressResponses.Unreadable(json).ConfigureAwait(false));
        }

        if (body is null)
        {
            return (null, await ProgressResponses.TooLarge(json, MaxBodyBytes).ConfigureAwait(false));
        }

        return (isJson ? ProgressBody.ParseJson(body) : ProgressBody.ParseForm(body), null);
    }

    /// <summary>
    /// Problems in reading the body, then the rules for each field not already reported. A body that
    /// is not JSON at all is reported alone: "choose a status" would only confuse.
    /// </summary>
    private static IReadOnlyList<ValidationError> CollectErrors(ParsedInput parsed, out ProgressChange? change)
    {
        var rules = ProgressInputValidator.Validate(parsed.Input, out change);
        if (parsed.Errors.Count == 0)
        {
            return rules;
        }

        change = null;
        if (parsed.Errors.Any(e => e.Field == ProgressBody.BodyField))
        {
            return parsed.Errors;
        }

        var reported = parsed.Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        return [.. parsed.Errors, .. rules.Where(e => !reported.Contains(e.Field))];
    }

    // HEAD is answered as GET (the hosts drop the body): link checkers and mail scanners use it, and it changes nothing.
    private static bool IsGet(ProgressRequest request) =>
        string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase) || string.Equals(request.Method, "HEAD", StringComparison.OrdinalIgnoreCase);

    private static bool IsPost(ProgressRequest request) => string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Failures of storage (or of reaching it), the only ones answered with 503. The Azure SDK reports
    /// service errors as <see cref="RequestFailedException"/> and a timed-out request as a cancellation
    /// that the caller did not ask for.
    /// </summary>
    private static bool IsStorageOutage(Exception ex) => ex switch
    {
        RequestFailedException or AuthenticationFailedException or HttpRequestException or TimeoutException => true,
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageOutage),
        _ => false,
    };
}
