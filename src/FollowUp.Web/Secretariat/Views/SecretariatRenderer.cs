using System.Globalization;
using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>Renders the workspace's pages from templates parsed once, every value HTML-encoded.</summary>
internal static class SecretariatRenderer
{
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly IFluidTemplate OverviewPage = Parse(OverviewTemplate.Body);
    private static readonly IFluidTemplate ListPage = Parse(ListTemplate.Body);
    private static readonly IFluidTemplate CommitmentPage = Parse(CommitmentTemplate.Body);
    private static readonly IFluidTemplate MessagePage = Parse(SecretariatLayout.Message);

    public static ValueTask<string> OverviewAsync(NavView nav, OverviewPageModel model) => RenderAsync(OverviewPage, "Overview", nav, model);

    public static ValueTask<string> ListAsync(NavView nav, ListPageModel model) => RenderAsync(ListPage, "Commitments", nav, model);

    public static ValueTask<string> CommitmentAsync(NavView nav, string title, CommitmentPageModel model) => RenderAsync(CommitmentPage, title, nav, model);

    public static ValueTask<string> MessageAsync(NavView? nav, MessageModel model) => RenderAsync(MessagePage, model.Heading, nav, model);

    private static ValueTask<string> RenderAsync(IFluidTemplate template, string pageTitle, NavView? nav, object model)
    {
        var context = new TemplateContext(Options);
        context.SetValue("PageTitle", pageTitle);
        context.SetValue("Nav", nav);
        context.SetValue("Model", model);
        return template.RenderAsync(context, LiquidHtml.Encoder);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        foreach (var type in new[]
        {
            typeof(NavView), typeof(MessageModel), typeof(OverviewPageModel), typeof(SingleCount), typeof(ChartGroup), typeof(ChartRow),
            typeof(ListPageModel), typeof(TextFilter), typeof(ChoiceFilter), typeof(ChoiceOption), typeof(FlagFilter), typeof(ListRow),
            typeof(CommitmentPageModel), typeof(OwnerRow), typeof(TimelineRow), typeof(ActionsForm), typeof(NoticeView), typeof(ValidationError),
            typeof(Owners.OwnerLinkView),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static IFluidTemplate Parse(string body) =>
        LiquidHtml.Parse(SecretariatLayout.Head + SecretariatStyles.Css + SecretariatLayout.BodyStart + body + SecretariatLayout.End, "secretariat page");
}
