using Fluid;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>Renders the add, edit and import pages in the workspace's frame, every value HTML-encoded.</summary>
internal static class EditRenderer
{
    private static readonly WorkspaceTemplates Templates = new(
        typeof(EditPageModel), typeof(CommitmentFormView), typeof(OwnerInput), typeof(StoredValues), typeof(Uploads.ImportPageModel), typeof(Uploads.ImportRowView), typeof(Uploads.ApplyFormView), typeof(Uploads.UploadFormView), typeof(Core.Secretariat.Uploads.FieldChange));
    private static readonly IFluidTemplate EditPage = WorkspaceTemplates.Parse(EditTemplate.Body, "secretariat edit page");

    private static readonly IFluidTemplate ImportPage = WorkspaceTemplates.Parse(Uploads.ImportTemplate.Body, "secretariat edit page");

    public static ValueTask<string> EditAsync(NavView nav, EditPageModel model) => Templates.RenderAsync(EditPage, model.Heading, nav, model);

    public static ValueTask<string> ImportAsync(NavView nav, Uploads.ImportPageModel model) => Templates.RenderAsync(ImportPage, model.Heading, nav, model);
}
