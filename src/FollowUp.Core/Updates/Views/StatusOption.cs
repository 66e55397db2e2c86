namespace FollowUp.Core.Updates.Views;

internal sealed record StatusOption(string Value, string Label, bool Selected);
