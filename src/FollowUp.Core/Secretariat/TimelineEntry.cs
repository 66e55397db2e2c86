using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>One line of a commitment's timeline.</summary>
public abstract record TimelineEntry(DateTimeOffset At)
{
    /// <summary>An owner's report through a signed link.</summary>
    public sealed record Update(ProgressEntry Entry) : TimelineEntry(Entry.At);

    /// <summary>A signed-in member of the secretariat acted, with who and why.</summary>
    public sealed record Action(ProgressEntry Entry) : TimelineEntry(Entry.At);

    /// <summary>An import changed status or progress.</summary>
    public sealed record Import(ProgressEntry Entry) : TimelineEntry(Entry.At);

    /// <summary>A digest or escalation that carried the commitment.</summary>
    public sealed record Reminder(SentReminder Sent) : TimelineEntry(Sent.At);

    /// <summary>One of SendGrid's events for a message that carried the commitment.</summary>
    public sealed record Delivery(SentReminder Sent, MessageEvent Event) : TimelineEntry(Event.At);

    public static TimelineEntry For(ProgressEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Source switch
        {
            ProgressSource.Secretariat => new Action(entry),
            ProgressSource.Import => new Import(entry),
            _ => new Update(entry),
        };
    }
}
