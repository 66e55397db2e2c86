using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace FollowUp.Core.Templates;

/// <summary>
/// What every HTML template in FollowUp (emails, the update page, the local outbox) is parsed and
/// encoded with, so that all of them encode stored values the same way.
/// </summary>
public static class LiquidHtml
{
    /// <summary>
    /// Encodes markup characters and leaves letters of every script (Urdu, Azerbaijani) readable,
    /// instead of turning them into numeric references.
    /// </summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Parses a template once, at start-up; a template that does not parse is a bug, named by <paramref name="what"/>.</summary>
    public static IFluidTemplate Parse(string source, string what) =>
        new FluidParser().TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"The {what} template does not parse: {error}");

    /// <summary>
    /// Options that fail on a misspelt member or filter (which would otherwise render as nothing and
    /// ship an email with holes) and reach only the given model types.
    /// </summary>
    public static TemplateOptions StrictOptions(params Type[] models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var options = new TemplateOptions { StrictVariables = true, StrictFilters = true };
        foreach (var model in models)
        {
            options.MemberAccessStrategy.Register(model);
        }

        return options;
    }
}
