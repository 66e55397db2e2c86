namespace FollowUp.Web.Secretariat.Views;

/// <summary>A filter chosen from a list.</summary>
internal sealed record ChoiceFilter(string Name, string Label, IReadOnlyList<ChoiceOption> Options);
