namespace FollowUp.Core.Email;

/// <summary>
/// How hard FollowUp tries to reach SendGrid, bound from <c>FollowUp:Email:Transport</c>
/// (<c>FollowUp__Email__Transport__AttemptTimeout</c>). The defaults suit production; an operator facing
/// a slow region, and the tests, can change them without touching the pipeline.
/// </summary>
/// <remarks>
/// A class of its own rather than part of <c>EmailOptions</c>: these are not settings anyone should
/// need, and the email settings stay the short list an operator reads and Bicep sets.
/// </remarks>
public sealed class SendGridTransportOptions
{
    public const string SectionName = "FollowUp:Email:Transport";

    /// <summary>Overrides the API host chosen by <c>DataResidency</c>; for a fake SendGrid in tests or a relay.</summary>
    public Uri? Host { get; set; }

    /// <summary>Attempts in all, the first included. Only an attempt SendGrid cannot have accepted is repeated.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff after a 5xx or a connection that could not be made; it doubles each time, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest FollowUp waits when a 429 names a time; other owners are waiting behind this one.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// One request; SendGrid normally answers mail/send in well under a second. An attempt that runs
    /// out of time may have been accepted, so it ends the send as unknown and is never repeated.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All attempts and waits together, so that one message cannot hold up a scan for long.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
