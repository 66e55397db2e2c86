using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using FollowUp.Core.Updates;
using FollowUp.Web.Updates.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Updates;

/// <summary>
/// The owner's routes: each turns a request into a use case's input and its outcome into a result.
/// <c>followup serve</c> maps them in a route group (<see cref="OwnerRoutes.MapOwnerRoutes"/>); the
/// Functions app calls them from thin HTTP triggers (<see cref="OwnerTriggers"/>).
/// </summary>
/// <remarks>
/// No anti-forgery token is needed. The signed link token is the only credential and it travels in the
/// URL, never in a cookie, so a browser adds nothing to a cross-site request: a forged form post
/// succeeds only if its author already has the token, and whoever has the token can update directly.
/// </remarks>
public sealed class OwnerEndpoints(
    OwnerLinks links,
    ShowProgress show,
    SaveProgress save,
    RequestFreshLink freshLink,
    ProgressPages pages,
    IOptions<FollowUpOptions> options)
{
    public const string ProgressMethods = "GET, HEAD, POST";
    public const string FreshLinkMethods = "POST";

    private readonly TimeSpan _cooldown = TimeSpan.FromMinutes(options.Value.Links.FreshLinkCooldownMinutes);
    private readonly int _perDay = options.Value.Links.FreshLinksPerAddressPerDay;

    /// <summary><see cref="LinkRoutes.Progress"/>: the page (GET, HEAD), an update (POST), 405 for any other method.</summary>
    public async Task<IResult> ProgressAsync(HttpContext http, string? id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var method = http.Request.Method;
        return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? await ShowAsync(http, id).ConfigureAwait(false)
            : HttpMethods.IsPost(method) ? await SaveAsync(http, id).ConfigureAwait(false)
            : await OwnerReply.For(http.Request).MethodNotAllowedAsync(ProgressMethods).ConfigureAwait(false);
    }

    /// <summary><see cref="LinkRoutes.FreshLink"/>: a fresh-link request (POST), 405 for any other method.</summary>
    public async Task<IResult> FreshLinkAsync(HttpContext http, string? id)
    {
        ArgumentNullException.ThrowIfNull(http);
        return HttpMethods.IsPost(http.Request.Method)
            ? await RequestFreshLinkAsync(http, id).ConfigureAwait(false)
            : await OwnerReply.For(http.Request).MethodNotAllowedAsync(FreshLinkMethods).ConfigureAwait(false);
    }

    public async Task<Results<ProgressPage, AccessRefused>> ShowAsync(HttpContext http, string? id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = OwnerReply.For(http.Request);
        var token = Token(http.Request);
        if (links.Verify(id, token) is not { } link)
        {
            return await reply.ForbiddenAsync().ConfigureAwait(false);
        }

        return await show.ShowAsync(link, http.RequestAborted).ConfigureAwait(false) switch
        {
            ShowOutcome.Shown shown => await pages.ShownAsync(reply, shown, token, IsDone(http.Request)).ConfigureAwait(false),
            ShowOutcome.Closed closed => await pages.ClosedAsync(reply, closed, token, IsDone(http.Request)).ConfigureAwait(false),
            ShowOutcome.Expired => await reply.ExpiredAsync(pages.Urls.FreshLink(link.CommitmentId, token)).ConfigureAwait(false),
            ShowOutcome.NotAnOwner => await reply.ForbiddenAsync().ConfigureAwait(false),
            ShowOutcome.Gone => await reply.NotFoundAsync().ConfigureAwait(false),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    public async Task<Results<SavedRedirect, InvalidUpdate, UpdateConflict, ClosedToUpdates, AccessRefused, BodyRefused>> SaveAsync(HttpContext http, string? id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = OwnerReply.For(http.Request);
        var token = Token(http.Request);
        if (links.Verify(id, token) is not { } link)
        {
            return await reply.ForbiddenAsync().ConfigureAwait(false);
        }

        // Transport problems before storage: they are answered the same whoever sends them and cost no read.
        var body = await OwnerRequestBody.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        if (body is not BodyRead.Read read)
        {
            return await RefuseAsync(reply, body).ConfigureAwait(false);
        }

        return await save.SaveAsync(link, read.Submission, http.RequestAborted).ConfigureAwait(false) switch
        {
            SaveOutcome.Saved saved => pages.Saved(reply, saved, token),
            SaveOutcome.Invalid invalid => await pages.InvalidAsync(reply, invalid, token).ConfigureAwait(false),
            SaveOutcome.Conflict conflict => await pages.ConflictAsync(reply, conflict, token).ConfigureAwait(false),
            SaveOutcome.Closed closed => await pages.RefusedClosedAsync(reply, closed, token).ConfigureAwait(false),
            SaveOutcome.Expired => await reply.ExpiredAsync(pages.Urls.FreshLink(link.CommitmentId, token)).ConfigureAwait(false),
            SaveOutcome.NotAnOwner => await reply.ForbiddenAsync().ConfigureAwait(false),
            SaveOutcome.Gone => await reply.NotFoundAsync().ConfigureAwait(false),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    public async Task<Results<FreshLinkRequested, FreshLinkNotSent, AccessRefused, BodyRefused>> RequestFreshLinkAsync(HttpContext http, string? id)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = OwnerReply.For(http.Request);
        if (links.Verify(id, Token(http.Request)) is not { } link)
        {
            return await reply.ForbiddenAsync().ConfigureAwait(false);
        }

        // The button sends no fields; the body is never read, but an announced flood is still refused.
        if (OwnerRequestBody.AnnouncesTooMuch(http.Request))
        {
            return await reply.TooLargeAsync().ConfigureAwait(false);
        }

        return await freshLink.RequestAsync(link, http.RequestAborted).ConfigureAwait(false) switch
        {
            // Sent and throttled (cooldown or daily cap) read alike, so the answer tells nothing about the address.
            FreshLinkOutcome.Sent or FreshLinkOutcome.Throttled => await reply.FreshLinkRequestedAsync(_cooldown, _perDay).ConfigureAwait(false),
            FreshLinkOutcome.NotSent => await reply.FreshLinkNotSentAsync().ConfigureAwait(false),
            FreshLinkOutcome.NotAnOwner => await reply.ForbiddenAsync().ConfigureAwait(false),
            FreshLinkOutcome.Gone => await reply.NotFoundAsync().ConfigureAwait(false),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };
    }

    private static async Task<BodyRefused> RefuseAsync(OwnerReply reply, BodyRead body) => body switch
    {
        BodyRead.UnsupportedType => await reply.UnsupportedMediaTypeAsync().ConfigureAwait(false),
        BodyRead.TooLarge => await reply.TooLargeAsync().ConfigureAwait(false),
        _ => await reply.UnreadableAsync().ConfigureAwait(false),
    };

    private static string Token(HttpRequest request) => request.Query[LinkRoutes.TokenParameter].ToString();

    private static bool IsDone(HttpRequest request) => request.Query[LinkRoutes.DoneParameter] == "1";
}
