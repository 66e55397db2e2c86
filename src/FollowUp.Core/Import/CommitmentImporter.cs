using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Import;

/// <summary>
/// Imports a file of commitments: every row is interpreted and checked against what is stored before
/// the first write, so one bad row leaves the store exactly as it was. Writes are one per commitment
/// (each is its own partition, so they cannot share a transaction): should storage fail part-way,
/// the rows before it are written, and importing the same file again completes the rest.
/// </summary>
public sealed class CommitmentImporter(ICommitmentStore store, TimeProvider time)
{
    /// <summary>How often a row is re-read and merged when an owner updates it mid-import.</summary>
    private const int MaxAttempts = 3;

    public static async Task<IReadOnlyList<RawRow>> ReadAsync(
        Stream stream, CommitmentFileFormat format, CancellationToken cancellationToken = default) =>
        format switch
        {
            CommitmentFileFormat.Json => await JsonCommitmentReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false),
            CommitmentFileFormat.Csv => await CsvCommitmentReader.ReadAsync(stream, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };

    /// <summary>Interprets every row and reports each problem; no storage is touched.</summary>
    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<RowProblem> Problems) Interpret(IReadOnlyList<RawRow> rawRows)
    {
        ArgumentNullException.ThrowIfNull(rawRows);
        var rows = new List<ImportRow>(rawRows.Count);
        var problems = new List<RowProblem>();
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var raw in rawRows)
        {
            var row = CommitmentDraft.Interpret(raw.Location, raw.Commitment);
            var errors = row.Errors.ToList();
            if (row.Id is { } id && !firstSeen.TryAdd(id, row.Location))
            {
                errors.Add(new(ImportFields.Id, $"'{id}' appears again; first at {firstSeen[id]}"));
            }

            if (errors.Count > 0)
            {
                problems.Add(new RowProblem(row.Location, row.Id, errors));
            }
            else
            {
                rows.Add(row);
            }
        }

        return (rows, problems);
    }

    public Task<ImportReport> ImportAsync(IReadOnlyList<RawRow> rawRows, CancellationToken cancellationToken = default) =>
        ImportAsync(rawRows, ReportedValues.Keep, cancellationToken);

    /// <param name="reported">Whether the file's status and progress may replace what an owner reported since the secretariat last set them.</param>
    public async Task<ImportReport> ImportAsync(
        IReadOnlyList<RawRow> rawRows, ReportedValues reported, CancellationToken cancellationToken = default)
    {
        var preview = await PlanAsync(rawRows, reported, cancellationToken).ConfigureAwait(false);
        return preview.Problems.Count > 0
            ? new ImportReport([], preview.Problems)
            : await ApplyAsync(preview, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Interprets every row and merges each with what is stored, writing nothing: what
    /// <see cref="ApplyAsync"/> would write, or every problem that stops the whole file.
    /// </summary>
    public async Task<ImportPreview> PlanAsync(
        IReadOnlyList<RawRow> rawRows, ReportedValues reported, CancellationToken cancellationToken = default)
    {
        var (rows, problems) = Interpret(rawRows);
        if (problems.Count > 0)
        {
            return new ImportPreview([], problems, reported);
        }

        var mergeProblems = new List<RowProblem>();
        var plans = new List<PlannedRow>(rows.Count);
        foreach (var row in rows)
        {
            var existing = await store.GetAsync(row.Id!, cancellationToken).ConfigureAwait(false);
            var plan = ImportMerge.Plan(row, existing, time.GetUtcNow(), reported);
            var errors = CommitmentValidator.Validate(plan.Merged);
            if (errors.Count > 0)
            {
                mergeProblems.Add(new RowProblem(row.Location, row.Id, [.. errors.Select(e => e with { Message = $"{e.Message} (after merging with the stored commitment)" })]));
            }

            plans.Add(new PlannedRow(row, existing, plan));
        }

        return mergeProblems.Count > 0 ? new ImportPreview([], mergeProblems, reported) : new ImportPreview(plans, [], reported);
    }

    /// <summary>Writes a plan that has no problems, row by row.</summary>
    public async Task<ImportReport> ApplyAsync(ImportPreview preview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.Problems.Count > 0)
        {
            throw new ArgumentException("A plan with problems cannot be applied.", nameof(preview));
        }

        var imported = new List<ImportedCommitment>(preview.Rows.Count);
        foreach (var planned in preview.Rows)
        {
            imported.Add(await WriteAsync(planned.Row, planned.Existing, planned.Plan, preview.Reported, cancellationToken).ConfigureAwait(false));
        }

        return new ImportReport(imported, []);
    }

    public static bool SameContent(Commitment a, Commitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Owners = [], Version = null } == b with { Owners = [], Version = null }
            && a.Owners.SequenceEqual(b.Owners);
    }

    private async Task<ImportedCommitment> WriteAsync(
        ImportRow row, Commitment? existing, ImportPlan plan, ReportedValues reported, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var merged = plan.Merged;
            if (existing is not null && SameContent(existing, merged))
            {
                return new ImportedCommitment(merged.Id, ImportOutcome.Unchanged, plan.Kept);
            }

            // A status change lands with its history line in one transaction, as an owner's report does.
            var result = existing is null
                ? await store.AddAsync(merged, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await store.ReplaceAsync(merged, plan.History, cancellationToken).ConfigureAwait(false);

            if (result is SaveResult.Saved)
            {
                return new ImportedCommitment(merged.Id, existing is null ? ImportOutcome.Created : ImportOutcome.Updated, plan.Kept, plan.History);
            }

            if (attempt == MaxAttempts)
            {
                throw new ImportConflictException(
                    $"Commitment '{merged.Id}' kept changing while it was imported ({attempt} attempts); import the file again.");
            }

            // Someone created or updated it since we read it: merge again with what is there now,
            // and check again, since an owner's report can make the file's values contradict it.
            existing = await store.GetAsync(merged.Id, cancellationToken).ConfigureAwait(false);
            plan = ImportMerge.Plan(row, existing, time.GetUtcNow(), reported);
            if (CommitmentValidator.Validate(plan.Merged) is { Count: > 0 } errors)
            {
                throw new ImportConflictException(
                    $"{row.Location} (id '{merged.Id}') changed while it was imported and no longer fits the file: {string.Join("; ", errors)}. Import the file again.");
            }
        }
    }
}
