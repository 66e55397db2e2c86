using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>
/// How a valid row meets what is stored. The file defines what was agreed (title, description,
/// sector, dates, owners, escalation contact, source) and always wins there. Status and progress
/// say where the commitment stands, which owners report: the file sets them only when it says
/// something the store does not, and only if no owner has reported since the secretariat last set
/// them, unless the operator asks for <see cref="ReportedValues.Overwrite"/>. Owners' link
/// generations are the store's alone.
/// </summary>
public static class ImportMerge
{
    public static ImportPlan Plan(ImportRow row, Commitment? existing, DateTimeOffset now, ReportedValues reported)
    {
        ArgumentNullException.ThrowIfNull(row);
        var incoming = row.Commitment ?? throw new ArgumentException("Only a valid row can be merged.", nameof(row));
        if (existing is null)
        {
            return new ImportPlan(incoming with { CreatedAt = now }, null, null);
        }

        var merged = incoming with
        {
            Owners = KeepLinkGenerations(incoming.Owners, existing),
            Status = existing.Status,
            Progress = existing.Progress,
            LastUpdate = existing.LastUpdate,
            CreatedAt = existing.CreatedAt ?? now,
            SecretariatSetAt = existing.SecretariatSetAt,
            Version = existing.Version,
        };

        var (status, progress) = FileValues(row, incoming, existing);
        if (status == existing.Status && progress == existing.Progress)
        {
            return new ImportPlan(merged, null, null);
        }

        if (reported == ReportedValues.Keep && OwnerReportedSinceSecretariat(existing))
        {
            return new ImportPlan(merged, null, new KeptReport(status, progress, existing.Status, existing.Progress, existing.LastUpdate!));
        }

        var history = new ProgressEntry(
            now, ProgressEntry.ByImport, existing.Status, status, existing.Progress, progress, Note: null, Source: ProgressSource.Import);
        return new ImportPlan(merged with { Status = status, Progress = progress, SecretariatSetAt = now }, history, null);
    }

    /// <summary>
    /// Whether an owner's report is newer than the secretariat's values: the last update (only owners
    /// make one) came after the last import that set status or progress, or after the commitment was
    /// created when none has.
    /// </summary>
    public static bool OwnerReportedSinceSecretariat(Commitment existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return existing.LastUpdate is { } update
            && update.At > (existing.SecretariatSetAt ?? existing.CreatedAt ?? DateTimeOffset.MinValue);
    }

    /// <summary>
    /// The file never carries link generations, so each owner the store already knows (by address)
    /// keeps its own: a re-import must not bring a revoked link back to life.
    /// </summary>
    public static List<ResponsibleParty> KeepLinkGenerations(IReadOnlyList<ResponsibleParty> owners, Commitment existing)
    {
        ArgumentNullException.ThrowIfNull(owners);
        ArgumentNullException.ThrowIfNull(existing);
        return [.. owners.Select(o => existing.FindOwner(o.Email) is { } stored ? o with { LinkGeneration = stored.LinkGeneration } : o)];
    }

    /// <summary>
    /// Status and progress as the file means them: a field the row leaves out keeps the stored value,
    /// except that a row setting Completed without a progress means 100.
    /// </summary>
    private static (CommitmentStatus Status, int Progress) FileValues(ImportRow row, Commitment incoming, Commitment existing)
    {
        var status = row.StatusGiven ? incoming.Status : existing.Status;
        var progress = row.ProgressGiven || row.StatusGiven && incoming.Status == CommitmentStatus.Completed
            ? incoming.Progress
            : existing.Progress;
        return (status, progress);
    }
}
