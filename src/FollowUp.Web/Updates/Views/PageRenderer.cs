using System.Globalization;
using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;

namespace FollowUp.Web.Updates.Views;

/// <summary>
/// Renders the pages from templates parsed once per process. Values are HTML-encoded by the encoder,
/// which leaves letters of every script (Urdu, Azerbaijani) readable and encodes markup characters.
/// </summary>
internal static class PageRenderer
{
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly IFluidTemplate ProgressTemplate = Parse(PageTemplates.Progress);
    private static readonly IFluidTemplate MessageTemplate = Parse(PageTemplates.Message);

    public static ValueTask<string> RenderProgressAsync(string pageTitle, ProgressPageModel model) =>
        RenderAsync(ProgressTemplate, pageTitle, model);

    public static ValueTask<string> RenderMessageAsync(string pageTitle, MessagePageModel model) =>
        RenderAsync(MessageTemplate, pageTitle, model);

    private static ValueTask<string> RenderAsync(IFluidTemplate template, string pageTitle, object model)
    {
        var context = new TemplateContext(Options);
        context.SetValue("PageTitle", pageTitle);
        context.SetValue("Model", model);
        return template.RenderAsync(context, LiquidHtml.Encoder);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        // Only these types are readable from templates, so a template cannot reach into anything else.
        options.MemberAccessStrategy.Register<ProgressPageModel>();
        options.MemberAccessStrategy.Register<MessagePageModel>();
        options.MemberAccessStrategy.Register<OwnerView>();
        options.MemberAccessStrategy.Register<HistoryView>();
        options.MemberAccessStrategy.Register<StatusOption>();
        options.MemberAccessStrategy.Register<FormValues>();
        options.MemberAccessStrategy.Register<ConflictView>();
        options.MemberAccessStrategy.Register<ClosedView>();
        options.MemberAccessStrategy.Register<ValidationError>();
        return options;
    }

    private static IFluidTemplate Parse(string body)
    {
        var source = HtmlFrame.Document("FollowUp", PageStyles.Css, PageTemplates.Header, body);
        return LiquidHtml.Parse(source, "update page");
    }
}
