namespace FollowUp.Web.Updates.Views;

internal sealed record StatusOption(string Value, string Label, bool Selected);
