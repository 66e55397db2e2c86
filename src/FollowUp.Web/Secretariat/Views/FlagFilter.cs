namespace FollowUp.Web.Secretariat.Views;

/// <summary>A yes/no filter.</summary>
internal sealed record FlagFilter(string Name, string Label, bool Checked);
