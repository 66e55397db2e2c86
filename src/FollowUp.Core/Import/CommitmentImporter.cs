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

    public async Task<ImportReport> ImportAsync(IReadOnlyList<RawRow> rawRows, CancellationToken cancellationToken = default)
    {
        var (rows, problems) = Interpret(rawRows);
        if (problems.Count > 0)
        {
            return new ImportReport([], problems);
        }

        var mergeProblems = new List<RowProblem>();
        var plans = new List<(ImportRow Row, Commitment? Existing, Commitment Merged)>(rows.Count);
        foreach (var row in rows)
        {
            var existing = await store.GetAsync(row.Id!, cancellationToken).ConfigureAwait(false);
            var merged = Merge(row, existing, time.GetUtcNow());
            var errors = CommitmentValidator.Validate(merged);
            if (errors.Count > 0)
            {
                mergeProblems.Add(new RowProblem(row.Location, row.Id, [.. errors.Select(e => e with { Message = $"{e.Message} (after merging with the stored commitment)" })]));
            }

            plans.Add((row, existing, merged));
        }

        if (mergeProblems.Count > 0)
        {
            return new ImportReport([], mergeProblems);
        }

        var imported = new List<ImportedCommitment>(plans.Count);
        foreach (var (row, existing, merged) in plans)
        {
            imported.Add(await WriteAsync(row, existing, merged, cancellationToken).ConfigureAwait(false));
        }

        return new ImportReport(imported, []);
    }

    /// <summary>
    /// The file defines what was agreed; owners report where it stands. So a row that does not set
    /// status or progress keeps what was reported, and the last update is never overwritten.
    /// </summary>
    public static Commitment Merge(ImportRow row, Commitment? existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        var incoming = row.Commitment ?? throw new ArgumentException("Only a valid row can be merged.", nameof(row));
        if (existing is null)
        {
            return incoming with { CreatedAt = now };
        }

        var status = row.StatusGiven ? incoming.Status : existing.Status;
        return incoming with
        {
            Status = status,

            // Progress follows the file when it sets progress, or sets Completed (which means 100);
            // otherwise it is what the owners last reported.
            Progress = row.ProgressGiven || status == CommitmentStatus.Completed && row.StatusGiven ? incoming.Progress : existing.Progress,
            LastUpdate = existing.LastUpdate,
            CreatedAt = existing.CreatedAt ?? now,
            Version = existing.Version,
        };
    }

    public static bool SameContent(Commitment a, Commitment b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Owners = [], Version = null } == b with { Owners = [], Version = null }
            && a.Owners.SequenceEqual(b.Owners);
    }

    private async Task<ImportedCommitment> WriteAsync(ImportRow row, Commitment? existing, Commitment merged, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (existing is not null && SameContent(existing, merged))
            {
                return new ImportedCommitment(merged.Id, ImportOutcome.Unchanged);
            }

            var result = existing is null
                ? await store.AddAsync(merged, cancellationToken).ConfigureAwait(false)
                : await store.ReplaceAsync(merged, cancellationToken: cancellationToken).ConfigureAwait(false);

            if (result is SaveResult.Saved)
            {
                return new ImportedCommitment(merged.Id, existing is null ? ImportOutcome.Created : ImportOutcome.Updated);
            }

            if (attempt == MaxAttempts)
            {
                throw new ImportConflictException(
                    $"Commitment '{merged.Id}' kept changing while it was imported ({attempt} attempts); import the file again.");
            }

            // Someone created or updated it since we read it: merge again with what is there now,
            // and check again, since an owner's report can make the file's values contradict it.
            existing = await store.GetAsync(merged.Id, cancellationToken).ConfigureAwait(false);
            merged = Merge(row, existing, time.GetUtcNow());
            if (CommitmentValidator.Validate(merged) is { Count: > 0 } errors)
            {
                throw new ImportConflictException(
                    $"{row.Location} (id '{merged.Id}') changed while it was imported and no longer fits the file: {string.Join("; ", errors)}. Import the file again.");
            }
        }
    }
}
