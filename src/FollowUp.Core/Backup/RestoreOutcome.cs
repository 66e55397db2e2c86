namespace FollowUp.Core.Backup;

/// <summary>What became of one restore. Only <see cref="Interrupted"/> leaves tables partly written, and it says which.</summary>
public abstract record RestoreOutcome
{
    private RestoreOutcome()
    {
    }

    public sealed record Restored(ExportManifest Export, IReadOnlyList<RestoredTable> Tables) : RestoreOutcome
    {
        public long Rows => Tables.Sum(t => t.Rows);
    }

    /// <summary>No such file, and no blob of that name in the backup container.</summary>
    public sealed record NotFound(string Source, string Container) : RestoreOutcome;

    /// <summary>The export is damaged or not an export; the reason names the line. Nothing was written.</summary>
    public sealed record Corrupt(string Reason) : RestoreOutcome;

    /// <summary>These target tables already hold rows; nothing was written.</summary>
    public sealed record TargetsNotEmpty(IReadOnlyList<string> Tables) : RestoreOutcome;

    /// <summary>Storage refused or was unreachable before anything was written.</summary>
    public sealed record StorageFailed(string Reason) : RestoreOutcome;

    /// <summary>
    /// Stopped part-way: <paramref name="Completed"/> are restored in full, <paramref name="Table"/> holds the
    /// first <paramref name="RowsWritten"/> of its rows (at least), <paramref name="NotStarted"/> were not touched.
    /// </summary>
    public sealed record Interrupted(
        IReadOnlyList<RestoredTable> Completed, string Table, long RowsWritten, string Reason, IReadOnlyList<string> NotStarted) : RestoreOutcome;
}
