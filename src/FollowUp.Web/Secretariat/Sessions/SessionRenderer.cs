using Fluid;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>Renders the session pages in the workspace's frame, from templates parsed once, every value HTML-encoded.</summary>
internal static class SessionRenderer
{
    private static readonly WorkspaceTemplates Templates = new(
        typeof(ChoiceOption), typeof(SnapshotsPageModel), typeof(SnapshotRow), typeof(SnapshotForm), typeof(ReportForm), typeof(IntakePageModel), typeof(ReviewPageModel), typeof(DraftView), typeof(DraftsForm));
    private static readonly IFluidTemplate SnapshotsPage = WorkspaceTemplates.Parse(SnapshotsTemplate.Body, "session page");
    private static readonly IFluidTemplate IntakePage = WorkspaceTemplates.Parse(IntakeTemplate.Form, "session page");
    private static readonly IFluidTemplate ReviewPage = WorkspaceTemplates.Parse(IntakeTemplate.Review, "session page");

    public static ValueTask<string> SnapshotsAsync(NavView nav, SnapshotsPageModel model) => Templates.RenderAsync(SnapshotsPage, "Snapshots and the report", nav, model);

    public static ValueTask<string> IntakeAsync(NavView nav, IntakePageModel model) => Templates.RenderAsync(IntakePage, "Draft commitments from a session's outcome", nav, model);

    public static ValueTask<string> ReviewAsync(NavView nav, ReviewPageModel model) => Templates.RenderAsync(ReviewPage, "Review the drafts", nav, model);
}
