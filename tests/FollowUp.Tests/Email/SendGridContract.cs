using System.Text;
using System.Text.Json;
using FollowUp.Tests.TestSupport;
using Json.Schema;

namespace FollowUp.Tests.Email;

/// <summary>
/// Readers of a mail/send body that FollowUp did not write: SendGrid's published request schema
/// (vendored from sendgrid/sendgrid-oai, see SendGridSchema/) and the limits SendGrid documents for
/// mail/send (https://www.twilio.com/docs/sendgrid/api-reference/mail-send/limitations).
/// </summary>
internal static class SendGridContract
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(RepositoryFiles.Path("tests", "FollowUp.Tests", "Email", "SendGridSchema", "mail-send-request.schema.json")));

    /// <summary>Every way <paramref name="body"/> breaks the schema or a documented limit; empty when it breaks none.</summary>
    public static IReadOnlyList<string> Violations(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var violations = new List<string>();

        var evaluation = Schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!evaluation.IsValid)
        {
            violations.AddRange((evaluation.Details ?? [])
                .Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"schema: {d.InstanceLocation} {e.Key}: {e.Value}")));
        }

        // "The total size of your email, including attachments, must be less than 30MB."
        if (Encoding.UTF8.GetByteCount(body) >= 30 * 1024 * 1024)
        {
            violations.Add("limit: the email is 30 MB or more");
        }

        // "Unicode encoding is not supported for the from field."
        var from = root.GetProperty("from");
        foreach (var field in new[] { "email", "name" })
        {
            if (from.TryGetProperty(field, out var value) && value.GetString()!.Any(c => c > '\u007f'))
            {
                violations.Add($"limit: from.{field} has Unicode");
            }
        }

        var recipients = 0;
        foreach (var personalization in root.GetProperty("personalizations").EnumerateArray())
        {
            foreach (var list in new[] { "to", "cc", "bcc" })
            {
                if (!personalization.TryGetProperty(list, out var addresses))
                {
                    continue;
                }

                foreach (var address in addresses.EnumerateArray())
                {
                    recipients++;

                    // "The to.name, cc.name, and bcc.name personalizations cannot include either the ; or , characters."
                    if (address.TryGetProperty("name", out var name) && name.GetString()!.IndexOfAny([',', ';']) >= 0)
                    {
                        violations.Add($"limit: {list}.name '{name.GetString()}' has ',' or ';'");
                    }
                }
            }

            // "The total length of custom arguments must be less than 10000 bytes."
            if (personalization.TryGetProperty("custom_args", out var args) && Encoding.UTF8.GetByteCount(args.GetRawText()) >= 10_000)
            {
                violations.Add("limit: custom_args are 10,000 bytes or more");
            }
        }

        // "The total number of recipients must be no more than 1000."
        if (recipients > 1000)
        {
            violations.Add($"limit: {recipients} recipients");
        }

        return violations;
    }
}
