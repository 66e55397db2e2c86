using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Updates;

/// <summary>
/// Saving an owner's update: the update rule, then one conditional write of the commitment and its
/// history line under the version the owner saw, so that a stale form never overwrites another report.
/// A closed commitment (completed or cancelled) takes no update: reopening it would resume reminders
/// and escalations for every co-owner, and that is the secretariat's decision.
/// </summary>
public sealed class SaveProgress(ICommitmentStore store, IOptions<FollowUpOptions> options, TimeProvider time, ILogger<SaveProgress> logger)
{
    public async Task<SaveOutcome> SaveAsync(OwnerLink link, ProgressSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(submission);
        switch (await OwnerAccess.LoadAsync(store, logger, link, cancellationToken).ConfigureAwait(false))
        {
            case OwnerAccess.Gone:
                return new SaveOutcome.Gone();
            case OwnerAccess.NotAnOwner:
                return new SaveOutcome.NotAnOwner();
            case OwnerAccess.Granted when link.Expired:
                UpdatesLog.LinkExpired(logger, link.CommitmentId);
                return new SaveOutcome.Expired(link.CommitmentId);
            case OwnerAccess.Granted(var commitment, var owner):
                return await UpdateAsync(commitment, owner, link, submission, cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException("Unknown access outcome.");
        }
    }

    private async Task<SaveOutcome> UpdateAsync(
        Commitment commitment, ResponsibleParty owner, OwnerLink link, ProgressSubmission submission, CancellationToken cancellationToken)
    {
        if (!commitment.IsOpen)
        {
            return await ClosedAsync(commitment, owner, submission.Input, cancellationToken).ConfigureAwait(false);
        }

        var input = submission.Input;
        var errors = CollectErrors(submission, out var change);
        if (change is null)
        {
            UpdatesLog.UpdateInvalid(logger, commitment.Id, errors.Count);
            return new SaveOutcome.Invalid(commitment, owner, await HistoryAsync(commitment, cancellationToken).ConfigureAwait(false), input, errors);
        }

        // Compared here, not only by the store: the version is text from the request, and only a
        // version the store itself issued is ever sent back to it as an If-Match header.
        if (!string.Equals(change.Version, commitment.Version, StringComparison.Ordinal))
        {
            UpdatesLog.UpdateConflict(logger, commitment.Id);
            return new SaveOutcome.Conflict(commitment, owner, await HistoryAsync(commitment, cancellationToken).ConfigureAwait(false), input);
        }

        var now = time.GetUtcNow();
        var by = link.Claims.OwnerEmail;
        var updated = commitment with { Status = change.Status, Progress = change.Progress, LastUpdate = new LastUpdate(now, by, change.Note) };
        var entry = new ProgressEntry(
            now, by, commitment.Status, change.Status, commitment.Progress, change.Progress, change.Note, change.ExpectedCompletion);

        switch (await store.ReplaceAsync(updated, entry, cancellationToken).ConfigureAwait(false))
        {
            case SaveResult.Saved saved:
                UpdatesLog.UpdateSaved(logger, commitment.Id, change.Status, change.Progress);
                return new SaveOutcome.Saved(saved.Commitment, await HistoryAsync(saved.Commitment, cancellationToken).ConfigureAwait(false));

            case SaveResult.Conflict:
                UpdatesLog.UpdateConflict(logger, commitment.Id);
                var current = await store.GetAsync(commitment.Id, cancellationToken).ConfigureAwait(false);
                if (current is { IsOpen: false })
                {
                    // Closed by the secretariat between our read and our write.
                    return await ClosedAsync(current, owner, input, cancellationToken).ConfigureAwait(false);
                }

                return current is null
                    ? new SaveOutcome.Gone()
                    : new SaveOutcome.Conflict(current, owner, await HistoryAsync(current, cancellationToken).ConfigureAwait(false), input);

            default:
                UpdatesLog.CommitmentGone(logger, commitment.Id);
                return new SaveOutcome.Gone();
        }
    }

    private async Task<SaveOutcome> ClosedAsync(Commitment commitment, ResponsibleParty owner, ProgressInput sent, CancellationToken cancellationToken)
    {
        UpdatesLog.UpdateRefusedClosed(logger, commitment.Id, commitment.Status);
        var history = await HistoryAsync(commitment, cancellationToken).ConfigureAwait(false);
        return new SaveOutcome.Closed(commitment, owner, history, SecretariatContacts.For(commitment, options.Value.Reminders), sent);
    }

    private Task<IReadOnlyList<ProgressEntry>> HistoryAsync(Commitment commitment, CancellationToken cancellationToken) =>
        store.GetHistoryAsync(commitment.Id, ShowProgress.HistoryShown, cancellationToken);

    /// <summary>
    /// Problems in reading the submission, then the rules for each field not already reported. A body
    /// that could not be read at all is reported alone: "choose a status" would only confuse.
    /// </summary>
    private static IReadOnlyList<ValidationError> CollectErrors(ProgressSubmission submission, out ProgressChange? change)
    {
        var rules = ProgressInputValidator.Validate(submission.Input, out change);
        if (submission.ReadErrors.Count == 0)
        {
            return rules;
        }

        change = null;
        if (submission.ReadErrors.Any(e => e.Field == ProgressInput.BodyField))
        {
            return submission.ReadErrors;
        }

        var reported = submission.ReadErrors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        return [.. submission.ReadErrors, .. rules.Where(e => !reported.Contains(e.Field))];
    }
}
