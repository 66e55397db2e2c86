namespace FollowUp.Web.Secretariat.Views;

/// <summary>One owner of a commitment.</summary>
internal sealed record OwnerRow(string Ministry, string Email, string? Country, string Role, string TimeZone, string Delivery, string Url);
