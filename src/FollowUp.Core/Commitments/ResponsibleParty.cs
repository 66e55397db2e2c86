namespace FollowUp.Core.Commitments;

/// <summary>A ministry that answers for a commitment, reached at one address in its own time zone.</summary>
/// <param name="TimeZone">An IANA zone id such as <c>Asia/Karachi</c>; reminder dates are this zone's calendar dates.</param>
/// <param name="Country">The ministry's country, ISO 3166-1 alpha-2 in capitals (<c>PK</c>, <c>AZ</c>); optional.</param>
/// <param name="LinkGeneration">
/// Signed into every update link issued to this owner for this commitment; a link whose generation
/// differs is refused. <c>followup link revoke</c> raises it, so every link issued so far stops working
/// and the next one works. Not part of the import file: an import keeps the stored value.
/// </param>
public sealed record ResponsibleParty(string Ministry, string Email, string TimeZone, OwnerRole Role, string? Country = null, int LinkGeneration = 0);
