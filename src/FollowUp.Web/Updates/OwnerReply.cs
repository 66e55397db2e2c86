using FollowUp.Core.Commitments;
using FollowUp.Web.Updates.Results;
using FollowUp.Web.Updates.Views;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Updates;

/// <summary>
/// How one request is answered: as the page, or as its JSON twin (<see cref="OwnerMediaTypes.WantsJson"/>).
/// Chosen once per request; everything that renders an answer asks it.
/// </summary>
internal sealed class OwnerReply(bool json)
{
    public bool IsJson => json;

    public static OwnerReply For(HttpRequest request) => new(OwnerMediaTypes.WantsJson(request));

    public static OwnerContent Json(string body) => new(OwnerMediaTypes.Json, body);

    public static async Task<OwnerContent> PageAsync(string pageTitle, ProgressPageModel model) =>
        new(OwnerMediaTypes.Html, await PageRenderer.RenderProgressAsync(pageTitle, model).ConfigureAwait(false));

    /// <summary>
    /// A message page, or in JSON the same words as <c>{ "errors": [ { "field", "message" } ] }</c>
    /// (or <c>{ "message" }</c> when it is not an error).
    /// </summary>
    public async Task<OwnerContent> MessageAsync(
        string? field, string heading, IReadOnlyList<string> paragraphs, string? freshLinkUrl = null, bool asError = true)
    {
        if (json)
        {
            var message = string.Join(" ", [heading + ".", .. paragraphs]);
            return Json(asError
                ? ProgressJson.Errors([new ValidationError(field ?? "", message)], freshLinkUrl: freshLinkUrl)
                : ProgressJson.Message(message));
        }

        var html = await PageRenderer.RenderMessageAsync(heading, new MessagePageModel(heading, paragraphs, freshLinkUrl)).ConfigureAwait(false);
        return new(OwnerMediaTypes.Html, html);
    }
}
