using System.Text;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using SendGrid.Helpers.Mail;

namespace FollowUp.Core.Email;

/// <summary>Builds the v3 mail/send request for one digest, within SendGrid's documented limits.</summary>
internal static class SendGridPayload
{
    public const int MaxCategories = 10;
    public const int MaxCategoryLength = 255;
    public const int MaxCustomArgsBytes = 10_000;

    public static SendGridMessage Create(Digest digest, RenderedDigest rendered, EmailOptions email, string runId, IReadOnlyDictionary<string, object?> templateData)
    {
        var message = Envelope(email, new EmailAddress(digest.To, digest.Ministry));

        if (string.IsNullOrWhiteSpace(email.TemplateId))
        {
            // Top level, not SetSubject (which writes it into the personalization).
            message.Subject = rendered.Subject;
            message.PlainTextContent = rendered.TextBody;
            message.HtmlContent = rendered.HtmlBody;
        }
        else
        {
            // The template owns subject and bodies; it gets the same worded model ours are rendered from.
            message.SetTemplateId(email.TemplateId);
            message.SetTemplateData(templateData);
        }

        message.AddCategories(Categories(digest).ToList());
        // Top level, not AddCustomArgs (which writes them into the personalization).
        message.CustomArgs = CustomArgs(digest, runId);
        return message;
    }

    /// <summary>What every FollowUp message carries: sender, one recipient, reply-to, and the settings below.</summary>
    public static SendGridMessage Envelope(EmailOptions email, EmailAddress to)
    {
        var fromAddress = email.FromAddress
            ?? throw new InvalidOperationException("FollowUp:Email:FromAddress (the sender of every reminder) must be set.");

        var message = new SendGridMessage { From = new EmailAddress(fromAddress, email.FromName) };
        message.AddTo(to);
        if (!string.IsNullOrWhiteSpace(email.ReplyToAddress))
        {
            message.SetReplyTo(new EmailAddress(email.ReplyToAddress));
        }

        // Click tracking would rewrite every signed update link through SendGrid's redirect domain,
        // putting the tokens in a third party's logs and breaking links if that domain is blocked.
        message.SetClickTracking(false, false);

        if (email.SandboxMode)
        {
            message.SetSandBoxMode(true);
        }

        return message;
    }

    /// <summary>For SendGrid's statistics: what kind of email this is and which stages it carries.</summary>
    public static IEnumerable<string> Categories(Digest digest)
    {
        var categories = new List<string> { "followup", "digest" };
        categories.AddRange(digest.Items.Select(i => DigestWording.StageName(i.Stage)).Distinct(StringComparer.Ordinal));
        if (digest.Items.Any(i => i.Escalated))
        {
            categories.Add("escalated");
        }

        return categories
            .Select(c => c.Length > MaxCategoryLength ? c[..MaxCategoryLength] : c)
            .Take(MaxCategories);
    }

    /// <summary>
    /// For tracing a delivery event back to a scan and its commitments. The commitment list is cut,
    /// with a count of what was left out, so that the whole object stays within 10,000 bytes.
    /// </summary>
    public static Dictionary<string, string> CustomArgs(Digest digest, string runId)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["run_id"] = Truncate(runId, 200),
            ["local_date"] = IsoDate.Format(digest.LocalDate),
            ["item_count"] = digest.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["commitment_ids"] = "",
        };

        var budget = MaxCustomArgsBytes - SerializedSize(args);
        args["commitment_ids"] = JoinWithinBudget(digest.Items.Select(i => i.Commitment.Id).ToList(), budget);
        return args;
    }

    public static int SerializedSize(IReadOnlyDictionary<string, string> args) => JsonSerializer.SerializeToUtf8Bytes(args).Length;

    private static string JoinWithinBudget(List<string> ids, int budgetBytes)
    {
        var joined = new StringBuilder();
        for (var i = 0; i < ids.Count; i++)
        {
            var piece = (i == 0 ? "" : ",") + ids[i];

            // Room for this id and, should more follow, for the ",+N more" that says so.
            var remaining = ids.Count - i - 1;
            var suffix = remaining > 0 ? $",+{remaining} more" : "";
            if (JsonSize(joined + piece + suffix) > budgetBytes)
            {
                var left = ids.Count - i;
                joined.Append(joined.Length == 0 ? "" : ",").Append('+').Append(left).Append(" more");
                return joined.ToString();
            }

            joined.Append(piece);
        }

        return joined.ToString();
    }

    // Commitment ids are slugs, so JSON adds nothing to them; measured anyway in case that ever changes.
    private static int JsonSize(string value) => JsonSerializer.SerializeToUtf8Bytes(value).Length - 2;

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
