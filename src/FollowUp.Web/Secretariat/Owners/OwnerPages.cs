using System.Globalization;
using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>Renders the ministry and schedule pages in the workspace's frame and stylesheet, every value HTML-encoded.</summary>
internal static class OwnerPages
{
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly IFluidTemplate OwnerPage = Parse(OwnerTemplate.Body);
    private static readonly IFluidTemplate SchedulePage = Parse(ScheduleTemplate.Body);

    public static ValueTask<string> OwnerAsync(NavView nav, OwnerPageModel model) => RenderAsync(OwnerPage, model.Ministry, nav, model);

    public static ValueTask<string> ScheduleAsync(NavView nav, SchedulePageModel model) => RenderAsync(SchedulePage, "What goes out next", nav, model);

    private static ValueTask<string> RenderAsync(IFluidTemplate template, string pageTitle, NavView nav, object model)
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
            typeof(NavView), typeof(NoticeView), typeof(ValidationError), typeof(OwnerPageModel), typeof(OwnerCommitmentRow), typeof(OwnerActionForm), typeof(ChoiceOption),
            typeof(SchedulePageModel), typeof(ScheduleOwnerView), typeof(ScheduleSendView), typeof(ScheduleItemView),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static IFluidTemplate Parse(string body) =>
        LiquidHtml.Parse(SecretariatLayout.Head + SecretariatStyles.Css + SecretariatLayout.BodyStart + body + SecretariatLayout.End, "secretariat page");
}
