namespace FollowUp.Core.Email;

/// <summary>
/// How hard FollowUp tries to reach SendGrid. The defaults suit production; they are options so that
/// tests (and an operator facing a slow region) can change them without touching the pipeline.
/// </summary>
/// <remarks>
/// Deliberately not under <c>FollowUp:Email</c>: these are not settings anyone should need, and the
/// email settings stay the short list an operator reads.
/// </remarks>
public sealed class SendGridTransportOptions
{
    /// <summary>Overrides the API host chosen by <c>DataResidency</c>; for a fake SendGrid in tests or a relay.</summary>
    public Uri? Host { get; set; }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first backoff after a 5xx or a timeout; it doubles each time, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest FollowUp waits when a 429 names a time; other owners are waiting behind this one.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>One request; SendGrid normally answers mail/send in well under a second.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All attempts and waits together, so that one digest cannot hold up a scan for long.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
