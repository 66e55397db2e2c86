using FollowUp.Core.Email;
namespace FollowUp.Core.Reminders;

/// <summary>An address the scan passed over because one of its steps failed unexpectedly; every other address was still served.</summary>
/// <param name="CommitmentIds">The commitments its message would have carried.</param>
/// <param name="Reason">What went wrong, for the operator: never a token, a key or a message body.</param>
public sealed record SkippedAddress(string Address, MessageKind Kind, IReadOnlyList<string> CommitmentIds, string Reason);
