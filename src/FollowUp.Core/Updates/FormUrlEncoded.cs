namespace FollowUp.Core.Updates;

/// <summary>Reads an <c>application/x-www-form-urlencoded</c> body as browsers send it (UTF-8, <c>+</c> for space).</summary>
internal static class FormUrlEncoded
{
    /// <summary>
    /// The fields of <paramref name="body"/>, first value per name. Malformed escapes are kept as typed
    /// rather than rejected: the validator then judges the value, and nothing here can throw.
    /// </summary>
    public static Dictionary<string, string> Parse(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            fields.TryAdd(name, value);
        }

        return fields;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
