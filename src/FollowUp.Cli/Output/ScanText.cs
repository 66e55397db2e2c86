using System.Globalization;
using FollowUp.Core.Reminders;

namespace FollowUp.Cli.Output;

/// <summary>What <c>followup scan</c> prints for people: each message, what became of it, and what needs an operator.</summary>
public static class ScanText
{
    public static async Task WriteAsync(TextWriter output, ScanReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var mode = report.DryRun ? " (dry run: nothing written or sent)" : "";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scan at {report.AsOf:yyyy-MM-ddTHH:mm:ssZ}{mode}: {report.Scanned} open commitments, {report.DueItems} nudges due, {report.Digests.Count} digests, {report.Escalations.Count} escalations.")).ConfigureAwait(false);
        foreach (var outcome in report.Digests)
        {
            await WriteHeadAsync(output, outcome.Delivery, outcome.Digest.To).ConfigureAwait(false);
            foreach (var item in outcome.Digest.Items)
            {
                var escalated = item.Escalated ? ", escalated" : "";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"           {ScanJson.StageName(item.Stage),-9} {item.Commitment.Id} ({item.StageDate:yyyy-MM-dd}{escalated})")).ConfigureAwait(false);
            }

            await WriteErrorAsync(output, outcome.Error).ConfigureAwait(false);
        }

        foreach (var outcome in report.Escalations)
        {
            await WriteHeadAsync(output, outcome.Delivery, $"{outcome.Escalation.To} (escalation)").ConfigureAwait(false);
            foreach (var item in outcome.Escalation.Items)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"           {item.Commitment.Id} ({item.DaysOverdue} days overdue; {string.Join(", ", item.Owners.Select(o => o.Ministry))})")).ConfigureAwait(false);
            }

            await WriteErrorAsync(output, outcome.Error).ConfigureAwait(false);
        }

        foreach (var skipped in report.SkippedAddresses)
        {
            await output.WriteLineAsync(
                $"Passed over {skipped.Address} ({ScanJson.Kind(skipped.Kind)} for {string.Join(", ", skipped.CommitmentIds)}): {skipped.Reason}").ConfigureAwait(false);
        }

        foreach (var contact in report.Undeliverable)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Undeliverable {contact.Address} since {contact.Since:yyyy-MM-dd}: {contact.Reason ?? contact.StateName}; sent nothing, the secretariat is told ('followup contacts reset' once it is mended)")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Sent {report.Sent}, failed {report.Failed}, unknown {report.Unknown}, skipped {report.Skipped}; escalations sent {report.EscalationsSent}; addresses passed over {report.SkippedAddresses.Count}; undeliverable {report.Undeliverable.Count}.")).ConfigureAwait(false);
        if (report.Unknown > 0)
        {
            await output.WriteLineAsync("A message whose outcome is unknown stays claimed and is never sent again; see docs/architecture.md, Send ledger.").ConfigureAwait(false);
        }
    }

    private static Task WriteHeadAsync(TextWriter output, DigestDelivery delivery, string to) =>
        output.WriteLineAsync($"  {ScanJson.Outcome(delivery),-9} {to}");

    private static Task WriteErrorAsync(TextWriter output, string? error) =>
        error is null ? Task.CompletedTask : output.WriteLineAsync($"           error: {error}");
}
