using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Updates.Views;

namespace FollowUp.Core.Updates;

/// <summary>
/// Every response the owner's routes give, as HTML or as JSON. Error pages say what the owner can do
/// and never why a link was refused: a prober learns nothing a genuine owner would need.
/// </summary>
internal static class ProgressResponses
{
    public static ProgressResponse Json(int statusCode, string body, params IEnumerable<KeyValuePair<string, string>> headers) =>
        ProgressResponse.Create(statusCode, ProgressResponse.JsonContentType, body, headers);

    public static async Task<ProgressResponse> PageAsync(
        int statusCode, string pageTitle, ProgressPageModel model, params IEnumerable<KeyValuePair<string, string>> headers) =>
        ProgressResponse.Create(
            statusCode, ProgressResponse.HtmlContentType, await PageRenderer.RenderProgressAsync(pageTitle, model).ConfigureAwait(false), headers);

    public static Task<ProgressResponse> Forbidden(bool json) => MessageAsync(
        403, json, "token", "This link does not work",
        ["It may have been copied incompletely, or it was not issued for this commitment.",
         "Open the most recent email from FollowUp about this commitment and use the link in it."]);

    public static Task<ProgressResponse> NotFound(bool json) => MessageAsync(
        404, json, "id", "This commitment is no longer listed",
        ["The secretariat may have withdrawn or merged it. There is nothing to update."]);

    public static Task<ProgressResponse> MethodNotAllowed(bool json, string allow) => MessageAsync(
        405, json, null, "This page cannot be used that way",
        ["Open the link from your email in a browser."],
        headers: [new("Allow", allow)]);

    public static Task<ProgressResponse> UnsupportedMediaType(bool json) => MessageAsync(
        415, json, "body", "Your update could not be read",
        ["Send it with the form on the update page, or as JSON with Content-Type: application/json."]);

    public static Task<ProgressResponse> TooLarge(bool json, int maxBytes) => MessageAsync(
        413, json, "body", "Your update is too long",
        [string.Create(CultureInfo.InvariantCulture, $"An update can be at most {maxBytes / 1024} KB. Keep the note to {ProgressInputValidator.MaxNoteLength:N0} characters and try again.")]);

    public static Task<ProgressResponse> Unreadable(bool json) => MessageAsync(
        400, json, "body", "Your update could not be read",
        ["The connection may have been interrupted. Nothing has been saved; please try again."]);

    public static Task<ProgressResponse> Gone(bool json, string freshLinkUrl) => MessageAsync(
        410, json, "token", "This link has expired",
        ["Update links work for a limited time, so that an old email cannot be used to change a commitment.",
         "We can email a fresh link for this commitment to the address this link was sent to."],
        freshLinkUrl);

    /// <summary>The same words whether a link was sent or the request was throttled, so neither can be told apart.</summary>
    public static Task<ProgressResponse> FreshLinkRequested(bool json, TimeSpan cooldown) => MessageAsync(
        202, json, null, "Check your email",
        ["If this address is registered, a fresh link is on its way.",
         string.Create(CultureInfo.InvariantCulture, $"It can take a few minutes to arrive. A fresh link is sent at most once every {cooldown.TotalMinutes:0} minutes.")],
        asError: false);

    public static Task<ProgressResponse> FreshLinkNotSent(bool json) => MessageAsync(
        503, json, null, "We could not send a link just now",
        ["Please try again in a few minutes."],
        headers: [new("Retry-After", "60")]);

    public static Task<ProgressResponse> Unavailable(bool json) => MessageAsync(
        503, json, null, "FollowUp is unavailable",
        ["Please try again in a few minutes. If you were saving an update, open the page again to check whether it was saved."],
        headers: [new("Retry-After", "60")]);

    public static Task<ProgressResponse> Failed(bool json) => MessageAsync(
        500, json, null, "Something went wrong",
        ["Please try again in a few minutes. If you were saving an update, open the page again to check whether it was saved."]);

    /// <summary>
    /// A message page, or in JSON the same words as <c>{ "errors": [ { "field", "message" } ] }</c>
    /// (or <c>{ "message" }</c> when it is not an error).
    /// </summary>
    private static async Task<ProgressResponse> MessageAsync(
        int statusCode,
        bool json,
        string? field,
        string heading,
        IReadOnlyList<string> paragraphs,
        string? freshLinkUrl = null,
        bool asError = true,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        headers ??= [];
        if (json)
        {
            var message = string.Join(" ", [heading + ".", .. paragraphs]);
            var body = asError
                ? ProgressJson.Errors([new ValidationError(field ?? "", message)], freshLinkUrl: freshLinkUrl)
                : ProgressJson.Message(message);
            return Json(statusCode, body, headers);
        }

        var html = await PageRenderer.RenderMessageAsync(heading, new MessagePageModel(heading, paragraphs, freshLinkUrl)).ConfigureAwait(false);
        return ProgressResponse.Create(statusCode, ProgressResponse.HtmlContentType, html, headers);
    }
}
