namespace FollowUp.Core.Delivery;

/// <summary>What became of one webhook request: recorded, or refused and why. Nothing is stored unless recorded.</summary>
public abstract record EventsOutcome
{
    private EventsOutcome()
    {
    }

    /// <param name="Matched">Events that name a message in the send ledger.</param>
    /// <param name="Unmatched">Events for messages FollowUp cannot place (another sender's, or an unknown kind), kept all the same.</param>
    public sealed record Recorded(int Matched, int Unmatched) : EventsOutcome;

    public sealed record NoSignature : EventsOutcome;

    public sealed record BadSignature : EventsOutcome;

    public sealed record Stale : EventsOutcome;

    public sealed record NotConfigured : EventsOutcome;

    public sealed record Malformed(string Reason) : EventsOutcome;
}
