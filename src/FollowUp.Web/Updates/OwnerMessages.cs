using System.Globalization;
using FollowUp.Core.Updates;
using FollowUp.Web.Updates.Results;

namespace FollowUp.Web.Updates;

/// <summary>
/// Every message answer of the owner's routes. Error pages say what the owner can do and never why
/// a link was refused: a prober learns nothing a genuine owner would need.
/// </summary>
internal static class OwnerMessages
{
    private static readonly KeyValuePair<string, string> RetryAfter = new("Retry-After", "60");

    public static async Task<AccessRefused> ForbiddenAsync(this OwnerReply reply) => new(403, await reply.MessageAsync(
        "token", "This link does not work",
        ["It may have been copied incompletely, or it was not issued for this commitment.",
         "Open the most recent email from FollowUp about this commitment and use the link in it."]).ConfigureAwait(false));

    public static async Task<AccessRefused> NotFoundAsync(this OwnerReply reply) => new(404, await reply.MessageAsync(
        "id", "This commitment is no longer listed",
        ["The secretariat may have withdrawn or merged it. There is nothing to update."]).ConfigureAwait(false));

    public static async Task<AccessRefused> ExpiredAsync(this OwnerReply reply, string freshLinkUrl) => new(410, await reply.MessageAsync(
        "token", "This link has expired",
        ["Update links work for a limited time, so that an old email cannot be used to change a commitment.",
         "We can email a fresh link for this commitment to the address this link was sent to."],
        freshLinkUrl).ConfigureAwait(false));

    public static async Task<MethodNotAllowed> MethodNotAllowedAsync(this OwnerReply reply, string allow) => new(405, await reply.MessageAsync(
        null, "This page cannot be used that way",
        ["Open the link from your email in a browser."]).ConfigureAwait(false), new KeyValuePair<string, string>("Allow", allow));

    public static async Task<BodyRefused> UnsupportedMediaTypeAsync(this OwnerReply reply) => new(415, await reply.MessageAsync(
        "body", "Your update could not be read",
        ["Send it with the form on the update page, or as JSON with Content-Type: application/json."]).ConfigureAwait(false));

    public static async Task<BodyRefused> TooLargeAsync(this OwnerReply reply) => new(413, await reply.MessageAsync(
        "body", "Your update is too long",
        [string.Create(CultureInfo.InvariantCulture, $"An update can be at most {OwnerRequestBody.MaxBytes / 1024} KB. Keep the note to {ProgressInputValidator.MaxNoteLength:N0} characters and try again.")])
        .ConfigureAwait(false));

    public static async Task<BodyRefused> UnreadableAsync(this OwnerReply reply) => new(400, await reply.MessageAsync(
        "body", "Your update could not be read",
        ["The connection may have been interrupted. Nothing has been saved; please try again."]).ConfigureAwait(false));

    /// <summary>The same words whether a link was sent or the request was throttled, so neither can be told apart.</summary>
    public static async Task<FreshLinkRequested> FreshLinkRequestedAsync(this OwnerReply reply, TimeSpan cooldown, int perDay) => new(202, await reply.MessageAsync(
        null, "Check your email",
        ["If this address is registered, a fresh link is on its way.",
         string.Create(CultureInfo.InvariantCulture, $"It can take a few minutes to arrive. A fresh link is sent at most once every {cooldown.TotalMinutes:0} minutes for each commitment, and at most {perDay} a day to one address.")],
        asError: false).ConfigureAwait(false));

    public static async Task<FreshLinkNotSent> FreshLinkNotSentAsync(this OwnerReply reply) => new(503, await reply.MessageAsync(
        null, "We could not send a link just now",
        ["Please try again in a few minutes."]).ConfigureAwait(false), RetryAfter);

    public static async Task<ServiceUnavailable> UnavailableAsync(this OwnerReply reply) => new(503, await reply.MessageAsync(
        null, "FollowUp is unavailable",
        ["Please try again in a few minutes. If you were saving an update, open the page again to check whether it was saved."]).ConfigureAwait(false), RetryAfter);

    public static async Task<UnexpectedFailure> FailedAsync(this OwnerReply reply) => new(500, await reply.MessageAsync(
        null, "Something went wrong",
        ["Please try again in a few minutes. If you were saving an update, open the page again to check whether it was saved."]).ConfigureAwait(false));
}
