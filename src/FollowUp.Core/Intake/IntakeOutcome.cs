namespace FollowUp.Core.Intake;

/// <summary>What became of an outcome document: drafts, or the one reason there are none.</summary>
public abstract record IntakeOutcome
{
    private IntakeOutcome()
    {
    }

    /// <param name="Reference">The date relative phrases were counted from, if any, and where it came from.</param>
    public sealed record Drafted(IReadOnlyList<IntakeDraft> Drafts, DateOnly? Reference, ReferenceSource ReferenceSource, int Sentences) : IntakeOutcome;

    /// <summary>The text was read, and no sentence holds an undertaking the rules recognise.</summary>
    public sealed record NothingProposed(int Sentences) : IntakeOutcome;

    /// <summary>Nothing but white space.</summary>
    public sealed record EmptyText : IntakeOutcome;

    /// <summary>The bytes are not UTF-8 text, from <paramref name="Byte"/> (1-based) on line <paramref name="Line"/>.</summary>
    public sealed record NotUtf8(int Line, int Byte) : IntakeOutcome;

    /// <summary>The commission id cannot make draft ids; <paramref name="Reason"/> says why.</summary>
    public sealed record InvalidCommission(string Reason) : IntakeOutcome;
}
