using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Updates;

/// <summary>Opening an update link: the commitment, who shares it and its recent history. Never changes anything.</summary>
public sealed class ShowProgress(ICommitmentStore store, IOptions<FollowUpOptions> options, ILogger<ShowProgress> logger)
{
    /// <summary>How many past updates the page and the JSON show.</summary>
    public const int HistoryShown = 5;

    public async Task<ShowOutcome> ShowAsync(OwnerLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        switch (await OwnerAccess.LoadAsync(store, logger, link, cancellationToken).ConfigureAwait(false))
        {
            case OwnerAccess.Gone:
                return new ShowOutcome.Gone();
            case OwnerAccess.NotAnOwner:
                return new ShowOutcome.NotAnOwner();
            case OwnerAccess.Granted when link.Expired:
                UpdatesLog.LinkExpired(logger, link.CommitmentId);
                return new ShowOutcome.Expired(link.CommitmentId);
            case OwnerAccess.Granted(var commitment, var owner):
                var history = await store.GetHistoryAsync(commitment.Id, HistoryShown, cancellationToken).ConfigureAwait(false);
                var latest = history.FirstOrDefault(e => link.Claims.IsOwnedBy(e.By));
                return commitment.IsOpen
                    ? new ShowOutcome.Shown(commitment, owner, history, latest)
                    : new ShowOutcome.Closed(commitment, owner, history, latest, SecretariatContacts.For(commitment, options.Value.Reminders));
            default:
                throw new InvalidOperationException("Unknown access outcome.");
        }
    }
}
