using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Configuration;

/// <summary>
/// Signing of the update links in every email. The first key signs new links; every listed key
/// verifies, so a new key can be put first while links signed with the old one keep working.
/// </summary>
public sealed class LinksOptions
{
    [ValidateEnumeratedItems]
    public IList<SigningKeyOptions> SigningKeys { get; set; } = [];

    [Range(1, 365)]
    public int LifetimeDays { get; set; } = 30;

    /// <summary>An owner with an expired link may ask for a fresh one this often per commitment.</summary>
    [Range(1, 1440)]
    public int FreshLinkCooldownMinutes { get; set; } = 60;

    /// <summary>
    /// How long after its expiry a link may still ask for a fresh one; after that it is refused like a
    /// forged link, so a link found in an old mailbox is not a way to make mail go out for ever.
    /// </summary>
    [Range(0, 365)]
    public int FreshLinkGraceDays { get; set; } = 90;

    /// <summary>At most this many fresh-link emails go to one address per UTC day, whatever the commitments.</summary>
    [Range(1, 100)]
    public int FreshLinksPerAddressPerDay { get; set; } = 5;
}

public sealed class SigningKeyOptions
{
    /// <summary>A short public name carried in each token so the verifier knows which secret to use.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,16}$")]
    public string Id { get; set; } = "";

    /// <summary>Base64 of at least 32 random bytes. A secret: from Key Vault in Azure; never logged.</summary>
    [Secret]
    [Required]
    public string Secret { get; set; } = "";
}
