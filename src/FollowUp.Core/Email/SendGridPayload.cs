using SendGrid.Helpers.Mail;

namespace FollowUp.Core.Email;

/// <summary>Builds the v3 mail/send request for one message, within SendGrid's documented limits.</summary>
internal static class SendGridPayload
{
    public const int MaxCategories = 10;
    public const int MaxCategoryLength = 255;

    public static SendGridMessage Create(EmailMessage message, EmailEnvelope envelope, bool sandbox)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(envelope);

        var payload = new SendGridMessage { From = new EmailAddress(envelope.FromAddress, envelope.FromName) };
        payload.AddTo(new EmailAddress(message.To.Address, SendGridNames.Recipient(message.To.Name)));
        if (envelope.ReplyTo is not null)
        {
            payload.SetReplyTo(new EmailAddress(envelope.ReplyTo));
        }

        // Click tracking would rewrite every signed update link through SendGrid's redirect domain,
        // putting the tokens in a third party's logs and breaking links if that domain is blocked.
        payload.SetClickTracking(false, false);
        if (sandbox)
        {
            payload.SetSandBoxMode(true);
        }

        if (message.Template is { } template)
        {
            // The template owns subject and bodies; it gets the same worded model ours are rendered from.
            payload.SetTemplateId(template.TemplateId);
            payload.SetTemplateData(template.Data);
        }
        else
        {
            // Top level, not SetSubject (which writes it into the personalization).
            payload.Subject = message.Subject;
            payload.PlainTextContent = message.TextBody;
            payload.HtmlContent = message.HtmlBody;
        }

        payload.AddCategories(Categories(message.Categories));

        // In the personalization, where SendGrid's published schema types custom_args as an object
        // (its top-level entry is typed as a string); with one personalization the two are the same.
        payload.AddCustomArgs(message.Tracking.Fields().ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
        return payload;
    }

    /// <summary>At most ten distinct categories of at most 255 characters each, as SendGrid requires.</summary>
    public static List<string> Categories(IEnumerable<string> categories) =>
        [.. categories
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => c.Length > MaxCategoryLength ? c[..MaxCategoryLength] : c)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxCategories)];
}
