using Fluid;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>Renders the ministry and schedule pages in the workspace's frame and stylesheet, every value HTML-encoded.</summary>
internal static class OwnerPages
{
    private static readonly WorkspaceTemplates Templates = new(
        typeof(OwnerPageModel), typeof(OwnerCommitmentRow), typeof(OwnerActionForm), typeof(ChoiceOption), typeof(SchedulePageModel), typeof(ScheduleOwnerView), typeof(ScheduleSendView), typeof(ScheduleItemView));
    private static readonly IFluidTemplate OwnerPage = WorkspaceTemplates.Parse(OwnerTemplate.Body, "secretariat page");
    private static readonly IFluidTemplate SchedulePage = WorkspaceTemplates.Parse(ScheduleTemplate.Body, "secretariat page");

    public static ValueTask<string> OwnerAsync(NavView nav, OwnerPageModel model) => Templates.RenderAsync(OwnerPage, model.Ministry, nav, model);

    public static ValueTask<string> ScheduleAsync(NavView nav, SchedulePageModel model) => Templates.RenderAsync(SchedulePage, "What goes out next", nav, model);
}
