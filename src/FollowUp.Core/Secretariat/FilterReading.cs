using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>The commitments list's query string, read: the filter, or every parameter that is wrong and why.</summary>
public abstract record FilterReading
{
    private FilterReading()
    {
    }

    public sealed record Read(CommitmentFilter Filter) : FilterReading;

    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : FilterReading;
}
