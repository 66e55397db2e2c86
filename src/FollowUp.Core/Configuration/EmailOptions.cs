using System.ComponentModel.DataAnnotations;

namespace FollowUp.Core.Configuration;

/// <summary>
/// How digests are sent. With no SendGrid API key every message is written to <see cref="OutboxPath"/>
/// as an .eml file instead: the local default, and never a silent drop.
/// </summary>
public sealed class EmailOptions
{
    [Required(ErrorMessage = "FollowUp:Email:FromAddress (the sender of every reminder) must be set.")]
    [EmailAddress]
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "FollowUp";

    [EmailAddress]
    public string? ReplyToAddress { get; set; }

    /// <summary>A secret: from Key Vault in Azure, from user secrets or the environment locally. Never logged.</summary>
    [Secret]
    public string? SendGridApiKey { get; set; }

    /// <summary>SendGrid validates but does not deliver; for staging.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>A SendGrid dynamic template (d-…) to render the digest instead of FollowUp's own bodies.</summary>
    public string? TemplateId { get; set; }

    /// <summary><c>global</c> (api.sendgrid.com) or <c>eu</c> (api.eu.sendgrid.com) for EU data residency.</summary>
    [RegularExpression("^(global|eu)$", ErrorMessage = "FollowUp:Email:DataResidency must be 'global' or 'eu'.")]
    public string DataResidency { get; set; } = "global";

    /// <summary>
    /// The Signed Event Webhook's verification key, base64, as SendGrid shows it (from Key Vault in Azure).
    /// Unset: the webhook refuses every request, and sends of unknown outcome stay claimed.
    /// </summary>
    [Secret]
    public string? EventWebhookPublicKey { get; set; }

    /// <summary>How far an event batch's signed timestamp may be from now, either way, before it is refused as stale.</summary>
    [Range(30, 3600)]
    public int EventWebhookToleranceSeconds { get; set; } = 300;

    /// <summary>With the webhook configured, a send of unknown outcome with no event after this long is taken as never accepted and planned again.</summary>
    [Range(10, 10080)]
    public int UnknownOutcomeGraceMinutes { get; set; } = 60;

    /// <summary>Where messages go when no API key is set; relative paths are under the working directory.</summary>
    [Required]
    public string OutboxPath { get; set; } = "outbox";
}
