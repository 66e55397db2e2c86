using System.Globalization;
using Fluid;
using FollowUp.Core.Commitments;
using FollowUp.Core.Templates;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>Renders the add, edit and import pages in the workspace's frame, every value HTML-encoded.</summary>
internal static class EditRenderer
{
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly IFluidTemplate EditPage = Parse(EditTemplate.Body);

    private static readonly IFluidTemplate ImportPage = Parse(Uploads.ImportTemplate.Body);

    public static ValueTask<string> EditAsync(NavView nav, EditPageModel model) => RenderAsync(EditPage, model.Heading, nav, model);

    public static ValueTask<string> ImportAsync(NavView nav, Uploads.ImportPageModel model) => RenderAsync(ImportPage, model.Heading, nav, model);

    internal static ValueTask<string> RenderAsync(IFluidTemplate template, string pageTitle, NavView nav, object model)
    {
        var context = new TemplateContext(Options);
        context.SetValue("PageTitle", pageTitle);
        context.SetValue("Nav", nav);
        context.SetValue("Model", model);
        return template.RenderAsync(context, LiquidHtml.Encoder);
    }

    internal static IFluidTemplate Parse(string body) =>
        LiquidHtml.Parse(SecretariatLayout.Head + SecretariatStyles.Css + SecretariatLayout.BodyStart + body + SecretariatLayout.End, "secretariat edit page");

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        foreach (var type in new[]
        {
            typeof(NavView), typeof(NoticeView), typeof(ValidationError), typeof(EditPageModel), typeof(CommitmentFormView), typeof(OwnerInput), typeof(StoredValues),
            typeof(Uploads.ImportPageModel), typeof(Uploads.ImportRowView), typeof(Uploads.ApplyFormView), typeof(Uploads.UploadFormView), typeof(Core.Secretariat.Uploads.FieldChange),
        })
        {
            options.MemberAccessStrategy.Register(type);
        }

        return options;
    }
}
