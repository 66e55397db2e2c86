using FollowUp.Core.Commitments;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat;

/// <summary>How one request is answered: the page, or its JSON twin when <c>Accept</c> prefers JSON (or a JSON body was posted).</summary>
internal sealed class SecretariatReply(bool json, NavView? nav)
{
    public const string Html = OwnerMediaTypes.Html;
    public const string Json = OwnerMediaTypes.Json;

    public bool IsJson => json;

    public NavView? Nav => nav;

    public static SecretariatReply For(HttpRequest request, NavView? nav = null) => new(OwnerMediaTypes.WantsJson(request), nav);

    public static SecretariatContent JsonBody(string body) => new(Json, body);

    public static SecretariatContent HtmlBody(string body) => new(Html, body);

    /// <summary>A message page, or in JSON <c>{ "errors": [ { "field", "message" } ] }</c> with the same words.</summary>
    public async Task<SecretariatContent> MessageAsync(string heading, IReadOnlyList<string> paragraphs, IReadOnlyList<ValidationError>? errors = null, string? linkUrl = null, string? linkText = null)
    {
        if (json)
        {
            var all = errors is { Count: > 0 } ? errors : [new ValidationError("", string.Join(" ", [heading + ".", .. paragraphs]))];
            return JsonBody(SecretariatJson.Errors(all));
        }

        return HtmlBody(await SecretariatRenderer.MessageAsync(nav, new MessageModel(heading, paragraphs, errors ?? [], linkUrl, linkText)).ConfigureAwait(false));
    }

    public async Task<RoleRefused> ForbiddenAsync(string what) =>
        new(403, await MessageAsync("You cannot " + what, ["Your account does not have the role this needs. Ask the commission's secretariat to give you Secretariat.Admin (to act) or Secretariat.Viewer (to read)."]).ConfigureAwait(false));

    public async Task<SecretariatNotFound> NotFoundAsync() =>
        new(404, await MessageAsync("No such commitment", ["Check the address, or find the commitment in the list."], linkUrl: nav?.Commitments, linkText: "All commitments").ConfigureAwait(false));

    public async Task<InvalidRequest> InvalidAsync(string heading, IReadOnlyList<ValidationError> errors, int status = 400) =>
        new(status, await MessageAsync(heading, [], errors).ConfigureAwait(false));

    public async Task<SecretariatFailure> UnavailableAsync() =>
        new(503, await MessageAsync("FollowUp cannot reach its storage", ["Nothing was changed. Try again in a minute."]).ConfigureAwait(false), new KeyValuePair<string, string>("Retry-After", "60"));

    public async Task<SecretariatFailure> FailedAsync() =>
        new(500, await MessageAsync("Something went wrong", ["Nothing was changed. Try again; if it keeps happening, tell whoever runs FollowUp."]).ConfigureAwait(false));
}
