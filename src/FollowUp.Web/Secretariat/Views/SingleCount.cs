namespace FollowUp.Web.Secretariat.Views;

/// <summary>One count on its own card.</summary>
internal sealed record SingleCount(string Label, int Count, string Url, string? Hint);
