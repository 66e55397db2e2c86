using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Cli.Output;

/// <summary>What <c>followup import</c> prints: a summary, then each row and what became of its status and progress.</summary>
public static class ImportReportText
{
    public const string OverwriteOption = "--overwrite-reported";

    public static async Task WriteAsync(TextWriter output, FileInfo path, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        await output.WriteLineAsync(
            $"Imported {report.Imported.Count} commitments from {path}: {report.Count(ImportOutcome.Created)} created, " +
            $"{report.Count(ImportOutcome.Updated)} updated, {report.Count(ImportOutcome.Unchanged)} unchanged.").ConfigureAwait(false);
        foreach (var item in report.Imported)
        {
            await output.WriteLineAsync($"  {item.Outcome.ToString().ToLowerInvariant(),-9} {item.Id}").ConfigureAwait(false);
            if (item.Kept is { } kept)
            {
                await output.WriteLineAsync(
                    $"            kept what {kept.Report.By} reported at {Instant(kept.Report.At)} ({Values(kept.KeptStatus, kept.KeptProgress)}) " +
                    $"over the file's {Values(kept.FileStatus, kept.FileProgress)}").ConfigureAwait(false);
            }

            if (item.StatusChange is { } change)
            {
                await output.WriteLineAsync(
                    $"            status and progress from the file: {Values(change.OldStatus, change.OldProgress)} to " +
                    $"{Values(change.NewStatus, change.NewProgress)}, recorded in its history").ConfigureAwait(false);
            }
        }

        var kepts = report.Imported.Count(i => i.Kept is not null);
        if (kepts > 0)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Owners reported on {kepts} of these after the secretariat last set status and progress, so their reports stand. " +
                $"To apply the file's values instead, import it again with {OverwriteOption}.")).ConfigureAwait(false);
        }
    }

    private static string Values(CommitmentStatus status, int progress) =>
        string.Create(CultureInfo.InvariantCulture, $"{StatusLabels.For(status)}, {progress}%");

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
