using System.Text;

namespace FollowUp.Core.Email;

/// <summary>
/// The display names SendGrid can carry. Its v3 mail/send limitations: "The to.name, cc.name, and
/// bcc.name personalizations cannot include either the ; or , characters" (it accepts such a message
/// and then drops it, taking part of the name for the address), and "Unicode encoding is not
/// supported for the from field".
/// </summary>
internal static class SendGridNames
{
    /// <summary>
    /// A recipient's name as SendGrid may be given it: every run of separators, quotes, angle brackets,
    /// control characters and white space becomes one space, so "Ministry of National Health
    /// Services, Regulations and Coordination" loses only its comma. <c>null</c> when nothing is left.
    /// </summary>
    /// <remarks>
    /// Only <c>,</c> and <c>;</c> are documented; quotes and angle brackets go too because they break
    /// the same naive address assembly, and no ministry's name needs them.
    /// </remarks>
    public static string? Recipient(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var safe = new StringBuilder(name.Length);
        var gap = false;
        foreach (var c in name)
        {
            if (IsBreaking(c) || char.IsWhiteSpace(c))
            {
                gap = safe.Length > 0;
                continue;
            }

            if (gap)
            {
                safe.Append(' ');
                gap = false;
            }

            safe.Append(c);
        }

        return safe.Length == 0 ? null : safe.ToString();
    }

    /// <summary>Why SendGrid could not carry <paramref name="name"/> as the sender's name; <c>null</c> if it can.</summary>
    public static string? SenderProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c > '~')
            {
                return $"it has the non-ASCII character '{c}' at position {i + 1}, and SendGrid does not support Unicode in the from field";
            }

            if (IsBreaking(c))
            {
                return char.IsControl(c)
                    ? $"it has a control character at position {i + 1}"
                    : $"it has '{c}' at position {i + 1}, which SendGrid reads as part of an address";
            }
        }

        return null;
    }

    private static bool IsBreaking(char c) => c is ',' or ';' or '"' or '<' or '>' || char.IsControl(c);
}
