namespace FollowUp.Core.Reminders;

public enum DigestDelivery
{
    /// <summary>A dry run: would be sent.</summary>
    Planned,

    Sent,

    /// <summary>Not sent; the ledger releases it so the next run tries again.</summary>
    Failed,

    /// <summary>The owner's digest for that day is already sent or being sent by another run.</summary>
    Skipped,
}
