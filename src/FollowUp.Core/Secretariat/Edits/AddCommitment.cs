using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Secretariat.Edits;

/// <summary>
/// Adds one commitment, checked by the import's rules and created as an import creates a row; an id
/// that exists is refused, never overwritten (the write is conditional on the row's absence), and the
/// history line saying who added it and why is written in the same transaction.
/// </summary>
public sealed class AddCommitment(ICommitmentStore store, TimeProvider time)
{
    /// <summary>The fields the add form takes besides the owners: a new commitment starts not started.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        ImportFields.Id, ImportFields.Commission, ImportFields.Title, ImportFields.Description, ImportFields.Sector,
        ImportFields.DueDate, ImportFields.EscalationEmail, ImportFields.Source,
    ];

    public async Task<AddOutcome> AddAsync(RawCommitment values, string? reason, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var row = CommitmentDraft.Interpret("the new commitment", values);
        var errors = row.Errors.ToList();
        reason = reason?.Trim() is { Length: > 0 } r ? r : null;
        if (reason is { Length: > StatusChange.MaxReasonLength })
        {
            errors.Add(new(CommitmentEdit.ReasonField, $"The reason is {reason.Length} characters; at most {StatusChange.MaxReasonLength} are kept"));
        }

        if (errors.Count > 0 || !row.IsValid)
        {
            return new AddOutcome.Invalid(errors);
        }

        if (await store.GetAsync(row.Id!, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new AddOutcome.Exists(existing);
        }

        var now = time.GetUtcNow();
        var created = ImportMerge.Plan(row, null, now, ReportedValues.Keep).Merged;
        // The line goes in the create's own transaction: a commitment never exists without who added it and why.
        var history = new ProgressEntry(
            now, by, created.Status, created.Status, created.Progress, created.Progress,
            "Added in the workspace", Source: ProgressSource.Secretariat, Reason: reason);
        if (await store.AddAsync(created, history, cancellationToken).ConfigureAwait(false) is not SaveResult.Saved saved)
        {
            return await store.GetAsync(created.Id, cancellationToken).ConfigureAwait(false) is { } raced
                ? new AddOutcome.Exists(raced)
                : new AddOutcome.Invalid([new(ImportFields.Id, "could not be created; try again")]);
        }

        return new AddOutcome.Added(saved.Commitment, history);
    }
}
