using FollowUp.Core.Templates;

namespace FollowUp.Core.Reports;

/// <summary>
/// Writes report markup: tags are constants, and every value goes through <see cref="LiquidHtml.Encoder"/>,
/// the encoder of every FollowUp page and email, so no stored text is ever markup.
/// </summary>
internal sealed class HtmlMarkup(TextWriter writer)
{
    public Task Raw(string constantMarkup) => writer.WriteAsync(constantMarkup);

    public async Task Text(string value) => await writer.WriteAsync(LiquidHtml.Encoder.Encode(value)).ConfigureAwait(false);

    /// <summary>An element holding text someone typed: <c>dir="auto"</c>, so Urdu reads right to left.</summary>
    public async Task User(string tag, string value, string? cssClass = null)
    {
        await writer.WriteAsync(cssClass is null ? $"<{tag} dir=\"auto\">" : $"<{tag} class=\"{cssClass}\" dir=\"auto\">").ConfigureAwait(false);
        await Text(value).ConfigureAwait(false);
        await writer.WriteAsync($"</{tag}>").ConfigureAwait(false);
    }

    public async Task Element(string tag, string value)
    {
        await writer.WriteAsync($"<{tag}>").ConfigureAwait(false);
        await Text(value).ConfigureAwait(false);
        await writer.WriteAsync($"</{tag}>").ConfigureAwait(false);
    }

    public async Task Row(params string[] cells)
    {
        await Raw("<tr>").ConfigureAwait(false);
        foreach (var cell in cells)
        {
            await User("td", cell).ConfigureAwait(false);
        }

        await Raw("</tr>\n").ConfigureAwait(false);
    }
}
