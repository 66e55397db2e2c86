namespace FollowUp.Core.Backup;

/// <summary>What became of one export.</summary>
public abstract record ExportOutcome
{
    private ExportOutcome()
    {
    }

    /// <param name="Destination">The blob (<c>container/name</c>) or file written.</param>
    /// <param name="Bytes">The size of the export, compressed.</param>
    public sealed record Written(string Destination, ExportManifest Manifest, long Bytes) : ExportOutcome;

    /// <summary>Something of that name exists and was left as it was; nothing was written.</summary>
    public sealed record AlreadyExists(string Destination) : ExportOutcome;

    /// <summary>Storage refused or could not be reached; no export was left behind.</summary>
    public sealed record StorageFailed(string Reason) : ExportOutcome;
}
