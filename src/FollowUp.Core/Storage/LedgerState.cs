using FollowUp.Core.Delivery;

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

    /// <summary>
    /// What a row's state is once SendGrid's events for its claim are counted. Only a claim whose
    /// outcome FollowUp never learnt (Claimed, Unknown) is resolved: an event that shows SendGrid had
    /// the message makes it Sent; a drop with nothing else makes it Failed, planned again; and with
    /// <paramref name="grace"/> (the webhook is configured) no event at all for that long makes it
    /// Failed too, as never accepted. A drop after a send FollowUp knew was accepted changes nothing,
    /// so a message SendGrid keeps dropping is not resent on every run.
    /// </summary>
    public static string? Effective(string? state, DateTimeOffset? since, IReadOnlyCollection<string> events, DateTimeOffset now, TimeSpan? grace)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (state is not (Claimed or Unknown))
        {
            return state;
        }

        if (events.Any(DeliveryEventNames.MeansAccepted))
        {
            return Sent;
        }

        if (events.Contains(DeliveryEventNames.Dropped))
        {
            return Failed;
        }

        return grace is { } wait && since is { } at && now - at >= wait ? Failed : state;
    }

    /// <summary>Whether a row in <paramref name="state"/> holds its day and its nudges.</summary>
    public static bool IsTaken(string? state) => state is not (Failed or Sandboxed);
}
