using System.Globalization;
using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>
/// The workspace's one way to render a page: its template inside the workspace's frame and
/// stylesheet, parsed once, with the page title, the nav and the model, every value HTML-encoded.
/// Each group of pages registers the model types its templates may read.
/// </summary>
internal sealed class WorkspaceTemplates
{
    private readonly TemplateOptions _options = new() { CultureInfo = CultureInfo.InvariantCulture };

    public WorkspaceTemplates(params Type[] models)
    {
        foreach (var type in (Type[])[typeof(NavView), typeof(NoticeView), typeof(ValidationError), .. models])
        {
            _options.MemberAccessStrategy.Register(type);
        }
    }

    public static IFluidTemplate Parse(string body, string name) =>
        LiquidHtml.Parse(HtmlFrame.Document("FollowUp secretariat", SecretariatStyles.Css, SecretariatLayout.Header, body), name);

    public ValueTask<string> RenderAsync(IFluidTemplate template, string pageTitle, NavView? nav, object model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("PageTitle", pageTitle);
        context.SetValue("Nav", nav);
        context.SetValue("Model", model);
        return template.RenderAsync(context, LiquidHtml.Encoder);
    }
}
