namespace FollowUp.Core.Intake;

/// <summary>Where a draft's due date came from, said in its source so the secretariat knows what to check.</summary>
public enum DueBasis
{
    /// <summary>The text gives the date or the year ("in 2027", "by 30 June 2026").</summary>
    Stated,

    /// <summary>The text gives it relative to the session ("by March", "within six months", "next year"), resolved against the reference date.</summary>
    Relative,

    /// <summary>"At the next session", or no date in the text: the next session's date, when the document gives one.</summary>
    NextSession,

    /// <summary>No date could be given: the text has none (and no next session is dated), or a relative one with no reference date.</summary>
    Missing,
}
