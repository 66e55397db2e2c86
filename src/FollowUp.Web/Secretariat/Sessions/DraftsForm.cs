namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The hidden fields that run the same intake again and download its drafts, with the antiforgery token.</summary>
internal sealed record DraftsForm(string Url, string AntiforgeryField, string AntiforgeryToken, string Commission, string? AsOf, string? DocumentName, string Text);
