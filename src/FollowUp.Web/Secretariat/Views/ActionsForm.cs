namespace FollowUp.Web.Secretariat.Views;

/// <summary>The Admin's status form, with the version it acts on and its antiforgery token.</summary>
internal sealed record ActionsForm(string StatusUrl, string AntiforgeryField, string AntiforgeryToken, string Version, IReadOnlyList<ChoiceOption> StatusOptions, string? Until, string? Reason);
