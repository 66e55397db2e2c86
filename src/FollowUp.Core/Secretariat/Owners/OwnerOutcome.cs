using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>What <see cref="OwnerDetail"/> found for one address.</summary>
public abstract record OwnerOutcome
{
    private OwnerOutcome()
    {
    }

    public sealed record Found(OwnerFacts Owner) : OwnerOutcome;

    /// <summary>The address owns no commitment.</summary>
    public sealed record NotFound : OwnerOutcome;

    /// <summary>The address is not one: every problem, named by field.</summary>
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : OwnerOutcome;
}
