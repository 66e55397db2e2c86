namespace FollowUp.Core.Commitments;

/// <summary>A ministry that answers for a commitment, reached at one address in its own time zone.</summary>
/// <param name="TimeZone">An IANA zone id such as <c>Asia/Karachi</c>; reminder dates are this zone's calendar dates.</param>
/// <param name="Country">The ministry's country, ISO 3166-1 alpha-2 in capitals (<c>PK</c>, <c>AZ</c>); optional.</param>
public sealed record ResponsibleParty(string Ministry, string Email, string TimeZone, OwnerRole Role, string? Country = null);
