namespace FollowUp.Web.Secretariat.Views;

/// <summary>A free-text filter field.</summary>
internal sealed record TextFilter(string Name, string Label, string? Value);
