using FollowUp.Core.Commitments;
using FollowUp.Core.Intake;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>What one intake run on the web gave: drafts (with the text to run again), or the refusals.</summary>
internal abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public sealed record Proposed(IntakeOutcome.Drafted Drafted, IntakeRequest Request, string Text) : IntakeResult;

    public sealed record Refused(IReadOnlyList<ValidationError> Errors) : IntakeResult;

    public sealed record TooLarge(ValidationError Error) : IntakeResult;
}
