namespace FollowUp.Core.Backup;

public enum RestoreMode
{
    /// <summary>Every target table must be empty or absent; a row already there stops the restore.</summary>
    EmptyTablesOnly,

    /// <summary>The export's rows replace rows with the same keys; rows the export lacks are kept.</summary>
    Overwrite,
}
