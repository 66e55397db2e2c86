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
