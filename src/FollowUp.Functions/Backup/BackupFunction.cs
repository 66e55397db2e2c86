using FollowUp.Core.Backup;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Backup;

/// <summary>
/// Exports every FollowUp table to the backup container on <c>FollowUp:BackupSchedule</c> (UTC).
/// The export logs its own outcome; a failed one fails the invocation too, so it shows as a failure.
/// </summary>
public sealed class BackupFunction(TableExport export)
{
    [Function("Backup")]
    public async Task RunAsync([TimerTrigger("%FollowUp:BackupSchedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var outcome = await export.ToContainerAsync(cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case ExportOutcome.Written:
                return;
            case ExportOutcome.AlreadyExists exists:
                throw new InvalidOperationException($"Backup not written: {exists.Destination} already exists.");
            case ExportOutcome.StorageFailed failed:
                throw new InvalidOperationException($"Backup failed: {failed.Reason}.");
        }
    }
}
