namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>The upload form: where it posts, its antiforgery token, and the size limit in words.</summary>
internal sealed record UploadFormView(string ActionUrl, string AntiforgeryField, string AntiforgeryToken, string Limit);
