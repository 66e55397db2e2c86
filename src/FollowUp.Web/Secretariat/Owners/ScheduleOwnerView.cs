namespace FollowUp.Web.Secretariat.Owners;

/// <summary>One recipient's planned messages.</summary>
/// <param name="Url">The ministry's page; null for a copied address.</param>
internal sealed record ScheduleOwnerView(string Name, string Email, string? Url, string TimeZone, IReadOnlyList<ScheduleSendView> Sends);
