using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The intake form: paste or upload, with what was typed kept after a refusal.</summary>
internal sealed record IntakePageModel(string Url, string AntiforgeryField, string AntiforgeryToken, string? Commission, string? AsOf, string? Text, int MaxKiB, NoticeView? Notice);
