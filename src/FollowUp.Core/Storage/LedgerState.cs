namespace FollowUp.Core.Storage;

/// <summary>The states of a send-ledger row, stored as text.</summary>
internal static class LedgerState
{
    /// <summary>A run has claimed the message and is sending it; if that run died, nobody knows whether it went out.</summary>
    public const string Claimed = "Claimed";

    public const string Sent = "Sent";

    /// <summary>The provider refused the message or the send failed before it; the next run sends again.</summary>
    public const string Failed = "Failed";

    /// <summary>SendGrid's sandbox validated the message and delivered nothing; its nudges are still owed.</summary>
    public const string Sandboxed = "Sandboxed";

    /// <summary>Handed over, and whether the provider took it is not known: never sent again on FollowUp's own initiative.</summary>
    public const string Unknown = "Unknown";

    /// <summary>Whether a row in <paramref name="state"/> holds its day and its nudges.</summary>
    public static bool IsTaken(string? state) => state is not (Failed or Sandboxed);
}
