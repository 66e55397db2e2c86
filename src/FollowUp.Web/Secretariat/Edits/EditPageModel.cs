using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>The add or edit page: a notice, the stored values after a stale edit, and the form.</summary>
internal sealed record EditPageModel(string Heading, string BackUrl, string BackText, NoticeView? Notice, StoredValues? Stored, CommitmentFormView Form);
