using FollowUp.Core.Commitments;

namespace FollowUp.Core.Links;

/// <summary>What revoking one owner's links did. The set is closed: a <c>switch</c> over these cases is exhaustive.</summary>
public abstract record RevokeOutcome
{
    private RevokeOutcome()
    {
    }

    /// <summary>Every link issued so far to <paramref name="Owner"/> is refused; the next one carries <see cref="ResponsibleParty.LinkGeneration"/>.</summary>
    public sealed record Revoked(Commitment Commitment, ResponsibleParty Owner) : RevokeOutcome;

    public sealed record UnknownCommitment : RevokeOutcome;

    /// <summary>The address is not an owner of the commitment; <paramref name="Commitment"/> names those who are.</summary>
    public sealed record NotAnOwner(Commitment Commitment) : RevokeOutcome;

    /// <summary>The commitment kept changing under the revoke; nothing was revoked.</summary>
    public sealed record KeptChanging : RevokeOutcome;
}
