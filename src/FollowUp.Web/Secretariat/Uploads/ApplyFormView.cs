namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>
/// The Apply form under a preview: the file itself (base64, so a browser's newline normalisation
/// cannot change its bytes), its format and the preview's binding.
/// </summary>
internal sealed record ApplyFormView(string ActionUrl, string AntiforgeryField, string AntiforgeryToken, string Content, string Format, string Binding);
