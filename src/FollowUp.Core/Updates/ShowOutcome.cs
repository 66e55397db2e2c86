using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>What opening an update link shows. The set is closed: a <c>switch</c> over these cases is exhaustive.</summary>
public abstract record ShowOutcome
{
    private ShowOutcome()
    {
    }

    /// <param name="History">The newest entries first, at most <see cref="ShowProgress.HistoryShown"/>.</param>
    /// <param name="LatestByOwner">The newest entry this owner reported, for the confirmation after a save.</param>
    public sealed record Shown(Commitment Commitment, ResponsibleParty Owner, IReadOnlyList<ProgressEntry> History, ProgressEntry? LatestByOwner)
        : ShowOutcome;

    /// <summary>
    /// Completed or cancelled: where it stands and whom to ask, read-only. Owners cannot reopen what
    /// is closed; only the secretariat does, by import.
    /// </summary>
    /// <param name="Contacts">The secretariat's addresses (<see cref="SecretariatContacts"/>); empty when none is configured.</param>
    public sealed record Closed(
        Commitment Commitment, ResponsibleParty Owner, IReadOnlyList<ProgressEntry> History, ProgressEntry? LatestByOwner, IReadOnlyList<string> Contacts)
        : ShowOutcome;

    /// <summary>An authentic link past its expiry; the owner may ask for a fresh one.</summary>
    public sealed record Expired(string CommitmentId) : ShowOutcome;

    /// <summary>The link's address was removed from the commitment.</summary>
    public sealed record NotAnOwner : ShowOutcome;

    /// <summary>The commitment no longer exists.</summary>
    public sealed record Gone : ShowOutcome;
}
