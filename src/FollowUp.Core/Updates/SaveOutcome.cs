using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>What saving an owner's update did. The set is closed: a <c>switch</c> over these cases is exhaustive.</summary>
public abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    /// <summary>Written, with its history line, under the version the owner saw.</summary>
    public sealed record Saved(Commitment Commitment, IReadOnlyList<ProgressEntry> History) : SaveOutcome;

    /// <summary>Nothing saved: every problem, and what the owner sent so that nothing they typed is lost.</summary>
    public sealed record Invalid(
        Commitment Commitment, ResponsibleParty Owner, IReadOnlyList<ProgressEntry> History, ProgressInput Sent, IReadOnlyList<ValidationError> Errors)
        : SaveOutcome;

    /// <summary>Nothing saved: someone saved first. <paramref name="Current"/> is what is stored now, with its version.</summary>
    public sealed record Conflict(Commitment Current, ResponsibleParty Owner, IReadOnlyList<ProgressEntry> History, ProgressInput Sent)
        : SaveOutcome;

    /// <summary>Nothing saved: the commitment is completed or cancelled, and only the secretariat reopens it.</summary>
    /// <param name="Contacts">The secretariat's addresses; empty when none is configured.</param>
    /// <param name="Sent">What the owner sent, so that a note written for nothing can still be copied.</param>
    public sealed record Closed(
        Commitment Commitment, ResponsibleParty Owner, IReadOnlyList<ProgressEntry> History, IReadOnlyList<string> Contacts, ProgressInput Sent)
        : SaveOutcome;

    /// <summary>An authentic link past its expiry; nothing saved.</summary>
    public sealed record Expired(string CommitmentId) : SaveOutcome;

    /// <summary>The link's address was removed from the commitment; nothing saved.</summary>
    public sealed record NotAnOwner : SaveOutcome;

    /// <summary>The commitment no longer exists.</summary>
    public sealed record Gone : SaveOutcome;
}
