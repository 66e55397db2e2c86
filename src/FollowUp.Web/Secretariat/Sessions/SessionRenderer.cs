using System.Globalization;
using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>Renders the session pages in the workspace's frame, from templates parsed once, every value HTML-encoded.</summary>
internal static class SessionRenderer
{
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly IFluidTemplate SnapshotsPage = Parse(SnapshotsTemplate.Body);
    private static readonly IFluidTemplate IntakePage = Parse(IntakeTemplate.Form);
    private static readonly IFluidTemplate ReviewPage = Parse(IntakeTemplate.Review);

    public static ValueTask<string> SnapshotsAsync(NavView nav, SnapshotsPageModel model) => RenderAsync(SnapshotsPage, "Snapshots and the report", nav, model);

    public static ValueTask<string> IntakeAsync(NavView nav, IntakePageModel model) => RenderAsync(IntakePage, "Draft commitments from a session's outcome", nav, model);

    public static ValueTask<string> ReviewAsync(NavView nav, ReviewPageModel model) => RenderAsync(ReviewPage, "Review the drafts", nav, model);

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
            typeof(NavView), typeof(NoticeView), typeof(ValidationError), typeof(ChoiceOption),
            typeof(SnapshotsPageModel), typeof(SnapshotRow), typeof(SnapshotForm), typeof(ReportForm),
            typeof(IntakePageModel), typeof(ReviewPageModel), typeof(DraftView), typeof(DraftsForm),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }

    private static IFluidTemplate Parse(string body) =>
        LiquidHtml.Parse(SecretariatLayout.Head + SecretariatStyles.Css + SecretariatLayout.BodyStart + body + SecretariatLayout.End, "session page");
}
