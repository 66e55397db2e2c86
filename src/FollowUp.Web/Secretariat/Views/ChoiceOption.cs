namespace FollowUp.Web.Secretariat.Views;

/// <summary>One option of a select.</summary>
internal sealed record ChoiceOption(string Value, string Label, bool Selected);
