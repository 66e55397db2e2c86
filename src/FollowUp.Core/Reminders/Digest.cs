namespace FollowUp.Core.Reminders;

/// <summary>The one email an owner address receives on one local day. It goes to that owner alone: it carries their links.</summary>
/// <param name="LocalDate">The owner's calendar date the digest is for.</param>
/// <param name="Items">Overdue first, then due, upcoming and stale; never empty, never more than <see cref="MaxItems"/>.</param>
public sealed record Digest(
    string To,
    string Ministry,
    string TimeZone,
    DateOnly LocalDate,
    IReadOnlyList<DigestItem> Items)
{
    /// <summary>
    /// The most items one digest lists. The send ledger records a digest in one row (at most 1 MiB,
    /// string properties of 64 KiB), which 1,000 keys of the longest ids fill to about a sixth; and
    /// an email longer than that would not be read to the end anyway. The rest wait for the next day.
    /// </summary>
    public const int MaxItems = 1000;
}
