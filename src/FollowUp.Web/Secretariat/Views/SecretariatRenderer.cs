using Fluid;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>Renders the workspace's pages from templates parsed once, every value HTML-encoded.</summary>
internal static class SecretariatRenderer
{
    private static readonly WorkspaceTemplates Templates = new(
        typeof(MessageModel), typeof(OverviewPageModel), typeof(SingleCount), typeof(ChartGroup), typeof(ChartRow), typeof(ListPageModel), typeof(TextFilter), typeof(ChoiceFilter), typeof(ChoiceOption), typeof(FlagFilter), typeof(ListRow), typeof(CommitmentPageModel), typeof(OwnerRow), typeof(TimelineRow), typeof(ActionsForm), typeof(Owners.OwnerLinkView), typeof(PagerView), typeof(PageLinkView), typeof(FieldErrorView));
    private static readonly IFluidTemplate OverviewPage = WorkspaceTemplates.Parse(OverviewTemplate.Body, "secretariat page");
    private static readonly IFluidTemplate ListPage = WorkspaceTemplates.Parse(ListTemplate.Body, "secretariat page");
    private static readonly IFluidTemplate CommitmentPage = WorkspaceTemplates.Parse(CommitmentTemplate.Body, "secretariat page");
    private static readonly IFluidTemplate MessagePage = WorkspaceTemplates.Parse(SecretariatLayout.Message, "secretariat page");

    public static ValueTask<string> OverviewAsync(NavView nav, OverviewPageModel model) => Templates.RenderAsync(OverviewPage, "Overview", nav, model);

    public static ValueTask<string> ListAsync(NavView nav, ListPageModel model) => Templates.RenderAsync(ListPage, "Commitments", nav, model);

    public static ValueTask<string> CommitmentAsync(NavView nav, string title, CommitmentPageModel model) => Templates.RenderAsync(CommitmentPage, title, nav, model);

    public static ValueTask<string> MessageAsync(NavView? nav, MessageModel model) => Templates.RenderAsync(MessagePage, model.Heading, nav, model);
}
