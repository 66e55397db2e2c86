using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>One ministry as the workspace sees it at one instant: who it is, whether mail reaches it, what it last said, and its commitments.</summary>
/// <param name="Owner">Its record on the first of its commitments (ministry name, zone, country), in the store's id order.</param>
/// <param name="LastUpdate">The latest update this address itself made, as its commitments' last updates show; null when none.</param>
/// <param name="LastUpdateCommitmentId">The commitment that update was on.</param>
/// <param name="Commitments">Every commitment it owns, as the list shows them.</param>
public sealed record OwnerFacts(
    DateTimeOffset At,
    ResponsibleParty Owner,
    ContactHealth Contact,
    LastUpdate? LastUpdate,
    string? LastUpdateCommitmentId,
    IReadOnlyList<ListedCommitment> Commitments);
