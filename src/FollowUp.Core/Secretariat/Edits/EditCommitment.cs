using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat.Edits;

/// <summary>
/// Edits the title, description, due date, owners and escalation contact, checked by the import's
/// rules, written only on the version the Admin saw (If-Match), with a history line naming them,
/// their reason (required to move the due date) and what changed, in one transaction.
/// </summary>
public sealed class EditCommitment(ICommitmentStore store, TimeProvider time)
{
    public async Task<ActionOutcome> ApplyAsync(string id, CommitmentEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } current)
        {
            return new ActionOutcome.NotFound();
        }

        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(edit.Version))
        {
            errors.Add(new(CommitmentEdit.VersionField, "The version the edit was made on is missing; reload the page"));
        }

        var reason = edit.Reason?.Trim() is { Length: > 0 } r ? r : null;
        if (reason is { Length: > StatusChange.MaxReasonLength })
        {
            errors.Add(new(CommitmentEdit.ReasonField, $"The reason is {reason.Length} characters; at most {StatusChange.MaxReasonLength} are kept"));
        }

        var row = CommitmentDraft.Interpret("the edit", Draft(current, edit.Values));
        errors.AddRange(row.Errors);
        if (row.Commitment is not { } edited)
        {
            return new ActionOutcome.Invalid(errors);
        }

        var next = current with
        {
            Title = edited.Title,
            Description = edited.Description,
            DueDate = edited.DueDate,
            EscalationEmail = edited.EscalationEmail,
            Owners = ImportMerge.KeepLinkGenerations(edited.Owners, current),
        };
        var moved = next.DueDate != current.DueDate;
        if (moved && reason is null)
        {
            errors.Add(new(CommitmentEdit.ReasonField, $"Give a reason for moving the due date from {IsoDate.Format(current.DueDate)}: it goes into the commitment's history"));
        }

        var changes = EditChanges.Describe(current, next);
        if (changes is null)
        {
            errors.Add(new("", "Nothing differs from what is stored; change a field, or go back to the commitment"));
        }

        if (errors.Count > 0)
        {
            return new ActionOutcome.Invalid(errors);
        }

        if (!string.Equals(current.Version, edit.Version, StringComparison.Ordinal))
        {
            return new ActionOutcome.Stale(current);
        }

        var history = new ProgressEntry(
            time.GetUtcNow(), edit.By, current.Status, current.Status, current.Progress, current.Progress, changes,
            Source: ProgressSource.Secretariat, Reason: reason,
            OldDueDate: moved ? current.DueDate : null, NewDueDate: moved ? next.DueDate : null);
        return await store.ReplaceAsync(next, history, cancellationToken).ConfigureAwait(false) switch
        {
            SaveResult.Saved saved => new ActionOutcome.Applied(saved.Commitment, history),
            SaveResult.Conflict => await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored
                ? new ActionOutcome.Stale(stored)
                : new ActionOutcome.NotFound(),
            _ => new ActionOutcome.NotFound(),
        };
    }

    /// <summary>The row the import's rules read: the edit's fields and owners over the stored commitment's others.</summary>
    private static RawCommitment Draft(Commitment current, RawCommitment values)
    {
        var raw = new RawCommitment();
        raw.ShapeErrors.AddRange(values.ShapeErrors);
        raw.Fields[ImportFields.Id] = current.Id;
        raw.Fields[ImportFields.Commission] = current.Commission;
        raw.Fields[ImportFields.Sector] = current.Sector;
        raw.Fields[ImportFields.Source] = current.Source;
        raw.Fields[ImportFields.Status] = current.Status.ToString();
        raw.Fields[ImportFields.Progress] = current.Progress.ToString(CultureInfo.InvariantCulture);
        raw.Fields[ImportFields.PausedUntil] = current.PausedUntil is { } paused ? IsoDate.Format(paused) : null;
        foreach (var field in CommitmentEdit.Editable)
        {
            raw.Fields[field] = values.Get(field);
        }

        raw.Owners.AddRange(values.Owners);
        return raw;
    }
}
