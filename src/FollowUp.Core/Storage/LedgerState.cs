namespace FollowUp.Core.Storage;

/// <summary>The states of a send-ledger row, stored as text.</summary>
internal static class LedgerState
{
    /// <summary>A run has claimed the digest and is sending it; if that run died, nobody knows whether it went out.</summary>
    public const string Claimed = "Claimed";

    public const string Sent = "Sent";

    /// <summary>The provider refused the message or the send failed before it; the next run sends again.</summary>
    public const string Failed = "Failed";
}
