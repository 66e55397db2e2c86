using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Pause until a date, cancel, complete or reopen, each with a reason, written only on the version
/// the Admin saw (If-Match) and with a history line naming them, in one transaction.
/// </summary>
public sealed class ChangeStatus(ICommitmentStore store, TimeProvider time)
{
    public async Task<ActionOutcome> ApplyAsync(string id, StatusChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return new ActionOutcome.NotFound();
        }

        var now = time.GetUtcNow();
        var errors = new List<ValidationError>();
        var reason = change.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new(StatusChange.ReasonField, "Give a reason: it goes into the commitment's history"));
        }
        else if (reason.Length > StatusChange.MaxReasonLength)
        {
            errors.Add(new(StatusChange.ReasonField, $"The reason is {reason.Length} characters; at most {StatusChange.MaxReasonLength} are kept"));
        }

        if (string.IsNullOrWhiteSpace(change.Version))
        {
            errors.Add(new(StatusChange.VersionField, "The version the action was made on is missing; reload the page"));
        }

        var changed = Changed(current, change, DateOnly.FromDateTime(now.UtcDateTime), errors);
        if (errors.Count > 0 || changed is null)
        {
            return new ActionOutcome.Invalid(errors);
        }

        if (!string.Equals(current.Version, change.Version, StringComparison.Ordinal))
        {
            return new ActionOutcome.Stale(current);
        }

        var next = changed with { SecretariatSetAt = now };
        var history = new ProgressEntry(
            now, change.By, current.Status, next.Status, current.Progress, next.Progress, null,
            Source: ProgressSource.Secretariat, Reason: reason);
        return await store.ReplaceAsync(next, history, cancellationToken).ConfigureAwait(false) switch
        {
            SaveResult.Saved saved => new ActionOutcome.Applied(saved.Commitment, history),
            SaveResult.Conflict => await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored
                ? new ActionOutcome.Stale(stored)
                : new ActionOutcome.NotFound(),
            _ => new ActionOutcome.NotFound(),
        };
    }

    private static Commitment? Changed(Commitment current, StatusChange change, DateOnly today, List<ValidationError> errors)
    {
        switch (change.Action?.Trim().ToLowerInvariant())
        {
            case "pause":
                if (!current.IsOpen)
                {
                    errors.Add(new(StatusChange.ActionField, "A closed commitment gets no reminders to pause; reopen it first"));
                    return null;
                }

                if (!IsoDate.TryParse(change.Until?.Trim(), out var until) || until <= today)
                {
                    errors.Add(new(StatusChange.UntilField, $"Give the date (YYYY-MM-DD) reminders resume, after today ({IsoDate.Format(today)})"));
                    return null;
                }

                return current with { PausedUntil = until };
            case "cancel":
                return current with { Status = CommitmentStatus.Cancelled };
            case "complete":
                return current with { Status = CommitmentStatus.Completed, Progress = 100 };
            case "reopen":
                if (current.IsOpen)
                {
                    errors.Add(new(StatusChange.ActionField, "The commitment is open already"));
                    return null;
                }

                return current with { Status = current.Progress > 0 && current.Progress < 100 ? CommitmentStatus.InProgress : CommitmentStatus.NotStarted, Progress = current.Progress >= 100 ? 0 : current.Progress, PausedUntil = null };
            default:
                errors.Add(new(StatusChange.ActionField, "Choose pause, cancel, complete or reopen"));
                return null;
        }
    }
}
