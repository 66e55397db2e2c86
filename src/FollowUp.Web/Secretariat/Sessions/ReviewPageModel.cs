namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The review page: the drafts, and the form that downloads them (a re-run of the same text).</summary>
internal sealed record ReviewPageModel(string Summary, string Reference, IReadOnlyList<DraftView> Drafts, DraftsForm Download, string IntakeUrl);
