using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>
/// "Send this owner a fresh link now": through <see cref="RequestFreshLink"/>'s own rule, so it goes to
/// the registered address alone and counts against the same cooldown and daily cap; then a history line
/// on the commitment naming the Admin and the reason.
/// </summary>
public sealed class SendFreshLink(ICommitmentStore store, RequestFreshLink freshLinks, TimeProvider time)
{
    public async Task<OwnerActionOutcome> SendAsync(string email, OwnerAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        var errors = new List<ValidationError>();
        var reason = OwnerActionRules.Reason(action.Reason, errors);
        var id = action.CommitmentId?.Trim();
        var commitment = string.IsNullOrEmpty(id) ? null : await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var owner = commitment?.FindOwner(email);
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(new(OwnerAction.CommitmentField, "Choose the commitment the link is for"));
        }
        else if (owner is null)
        {
            errors.Add(new(OwnerAction.CommitmentField, $"'{id}' is not a commitment this ministry owns"));
        }

        if (errors.Count > 0)
        {
            return new OwnerActionOutcome.Invalid(errors);
        }

        switch (await freshLinks.SendAsync(commitment!, owner!, cancellationToken).ConfigureAwait(false))
        {
            case FreshLinkOutcome.Sent:
                await OwnerHistory.RecordAsync(store, time, commitment!, $"Fresh link sent to {owner!.Ministry} ({owner.Email})", action.By, reason!, cancellationToken).ConfigureAwait(false);
                return new OwnerActionOutcome.Done($"A fresh link for “{commitment!.Title}” went to {owner!.Email}.");
            case FreshLinkOutcome.Throttled:
                return new OwnerActionOutcome.Refused(
                    "Nothing was sent: a fresh link for this commitment went to this owner within the cooldown, or the address has had its fresh links for today (UTC). Try again later.");
            default:
                return new OwnerActionOutcome.Refused("Nothing was sent: the mail provider did not take the message. Try again.");
        }
    }
}
