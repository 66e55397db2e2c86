using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>What an Admin's action on one ministry came to.</summary>
public abstract record OwnerActionOutcome
{
    private OwnerActionOutcome()
    {
    }

    /// <summary>Done; <paramref name="Message"/> says what went out, for the page.</summary>
    public sealed record Done(string Message) : OwnerActionOutcome;

    /// <summary>Nothing done: every problem, named by field.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : OwnerActionOutcome;

    /// <summary>Nothing sent, for a reason the Admin cannot fix in the form (a cap, the provider); <paramref name="Message"/> says which.</summary>
    public sealed record Refused(string Message) : OwnerActionOutcome;

    /// <summary>The address owns no commitment.</summary>
    public sealed record NotFound : OwnerActionOutcome;
}
