using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>The Admin's forms on a ministry's page, with their antiforgery token.</summary>
internal sealed record OwnerActionForm(
    string FreshLinkUrl, string AntiforgeryField, string AntiforgeryToken, IReadOnlyList<ChoiceOption> Commitments, string? Reason, string NudgeUrl, string? NudgeReason);
