using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>
/// A ministry's page: the list's own query with its owner filter (one pass over the commitments, one
/// read of contact health), so the ministry's commitments are exactly those the list shows for it.
/// </summary>
public sealed class OwnerDetail(CommitmentListing listing)
{
    public const string EmailField = "email";

    public async Task<OwnerOutcome> ShowAsync(string? email, CancellationToken cancellationToken = default)
    {
        var address = email?.Trim();
        if (CommitmentValidator.EmailProblem(address) is { } problem)
        {
            return new OwnerOutcome.Invalid([new(EmailField, problem.StartsWith('\'') ? problem : $"'{address}' {problem}")]);
        }

        var listed = (ListOutcome.Listed)await listing.ListAsync(new CommitmentFilter(Owner: address, Sort: CommitmentSort.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (listed.Commitments.Count == 0)
        {
            return new OwnerOutcome.NotFound();
        }

        var first = listed.Commitments[0].Facts;
        var owner = first.Commitment.FindOwner(address!)!;
        var own = listed.Commitments
            .Select(r => r.Facts.Commitment)
            .Where(c => c.LastUpdate is { } u && EmailAddresses.AreSame(u.By, address))
            .MaxBy(c => c.LastUpdate!.At);
        return new OwnerOutcome.Found(new OwnerFacts(
            listed.At, owner, first.Contacts.First(c => EmailAddresses.AreSame(c.Address, address)), own?.LastUpdate, own?.Id, listed.Commitments));
    }
}
