using FollowUp.Core.Commitments;

namespace FollowUp.Core.Storage;

/// <summary>The outcome of a conditional write; a lost race is an answer, not an exception.</summary>
public abstract record SaveResult
{
    private SaveResult()
    {
    }

    /// <summary>Written; <paramref name="Commitment"/> carries the new version.</summary>
    public sealed record Saved(Commitment Commitment) : SaveResult;

    /// <summary>Someone else wrote first: the version (or the absence) the caller relied on no longer holds.</summary>
    public sealed record Conflict : SaveResult;

    public sealed record NotFound : SaveResult;
}
