using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>What an Admin's action came to.</summary>
public abstract record ActionOutcome
{
    private ActionOutcome()
    {
    }

    /// <summary>Written, with its history line; <paramref name="Commitment"/> carries the new version.</summary>
    public sealed record Applied(Commitment Commitment, ProgressEntry History) : ActionOutcome;

    /// <summary>Nothing written: every problem, named by field.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : ActionOutcome;

    /// <summary>Nothing written: the action was made on an older version; <paramref name="Current"/> is what is stored now.</summary>
    public sealed record Stale(Commitment Current) : ActionOutcome;

    public sealed record NotFound : ActionOutcome;
}
