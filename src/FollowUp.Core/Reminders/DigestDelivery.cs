namespace FollowUp.Core.Reminders;

/// <summary>What a scan did with one message, a digest or an escalation.</summary>
public enum DigestDelivery
{
    /// <summary>A dry run: would be sent.</summary>
    Planned,

    Sent,

    /// <summary>Not sent; the ledger releases it so the next run tries again.</summary>
    Failed,

    /// <summary>The address's message for that day is already sent or being sent by another run.</summary>
    Skipped,

    /// <summary>Handed to the provider, and whether it took it is not known: kept claimed, never sent again.</summary>
    Unknown,

    /// <summary>Validated by SendGrid's sandbox and delivered nowhere; its nudges stay owed.</summary>
    Sandboxed,
}
