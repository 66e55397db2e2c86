using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat.Edits;

/// <summary>What adding a commitment came to.</summary>
public abstract record AddOutcome
{
    private AddOutcome()
    {
    }

    /// <summary>Created, with its history line.</summary>
    public sealed record Added(Commitment Commitment, ProgressEntry History) : AddOutcome;

    /// <summary>Nothing written: every problem, named by field.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : AddOutcome;

    /// <summary>Nothing written: a commitment has this id already, and it is left as it is.</summary>
    public sealed record Exists(Commitment Current) : AddOutcome;
}
