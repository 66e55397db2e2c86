using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>The import page: the upload form, a preview with its Apply form, or what was applied.</summary>
internal sealed record ImportPageModel(
    string Heading, string BackUrl, NoticeView? Notice, UploadFormView? Upload, string? Summary, IReadOnlyList<ImportRowView> Rows, ApplyFormView? Apply);
