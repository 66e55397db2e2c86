using FollowUp.Core.Import;

namespace FollowUp.Core.Secretariat.Uploads;

/// <summary>
/// An import file uploaded in the workspace: the import's own reading, all-or-nothing validation,
/// planning and writing (<see cref="CommitmentImporter"/>), with a preview first and an Apply that
/// writes only what that preview showed (<see cref="ImportBinding"/>). Owners' reports stand, as
/// <c>followup import</c> without <c>--overwrite-reported</c> does.
/// </summary>
public sealed class ImportUpload(CommitmentImporter importer)
{
    public async Task<UploadOutcome> PreviewAsync(byte[] file, CommitmentFileFormat format, CancellationToken cancellationToken = default)
    {
        var (outcome, _) = await PlanAsync(file, format, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    public async Task<UploadOutcome> ApplyAsync(byte[] file, CommitmentFileFormat format, string? binding, CancellationToken cancellationToken = default)
    {
        var (outcome, plan) = await PlanAsync(file, format, cancellationToken).ConfigureAwait(false);
        if (outcome is not UploadOutcome.Previewed previewed || plan is null)
        {
            return outcome;
        }

        if (!string.Equals(previewed.Binding, binding?.Trim(), StringComparison.Ordinal))
        {
            return new UploadOutcome.Stale(previewed);
        }

        try
        {
            return new UploadOutcome.Applied(previewed.Changes, await importer.ApplyAsync(plan, cancellationToken).ConfigureAwait(false));
        }
        catch (ImportConflictException)
        {
            // A row kept changing under the write: show what the file would do now, as import asks to run it again.
            var (again, _) = await PlanAsync(file, format, cancellationToken).ConfigureAwait(false);
            return again is UploadOutcome.Previewed fresh ? new UploadOutcome.Stale(fresh) : again;
        }
    }

    private async Task<(UploadOutcome Outcome, ImportPreview? Plan)> PlanAsync(byte[] file, CommitmentFileFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        IReadOnlyList<RawRow> rows;
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            rows = await CommitmentImporter.ReadAsync(stream, format, cancellationToken).ConfigureAwait(false);
        }
        catch (ImportFileException ex)
        {
            return (new UploadOutcome.Unreadable(ex.Message), null);
        }

        var plan = await importer.PlanAsync(rows, ReportedValues.Keep, cancellationToken).ConfigureAwait(false);
        if (plan.Problems.Count > 0)
        {
            return (new UploadOutcome.Invalid(rows.Count, plan.Problems), null);
        }

        var changes = plan.Rows.Select(ImportChanges.Describe).ToList();
        return (new UploadOutcome.Previewed(changes, ImportBinding.For(file, format, plan)), plan);
    }
}
