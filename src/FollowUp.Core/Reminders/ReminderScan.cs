using System.Globalization;
using Azure;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Reminders;

/// <summary>
/// The scheduled scan: reads the open commitments once, works out what each owner is owed now,
/// drops what the ledger says went out already, and sends each owner address one digest.
/// The timer function, <c>followup scan</c> and <c>followup serve</c> all call this.
/// </summary>
public sealed partial class ReminderScan(
    ICommitmentStore store,
    ISendLedger ledger,
    ReminderPolicy policy,
    UpdateLinkBuilder links,
    IDigestSender sender,
    TimeProvider time,
    ILogger<ReminderScan> logger)
{
    /// <summary>How long writing one known outcome may take before the run gives up on it (the claim then stands).</summary>
    internal static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    /// <param name="asOf">The instant to scan at; the clock's now when null.</param>
    /// <param name="dryRun">Plan only: read the store and the ledger, write and send nothing.</param>
    public async Task<ScanReport> RunAsync(DateTimeOffset? asOf = null, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var now = asOf ?? time.GetUtcNow();
        var runId = Guid.NewGuid().ToString("N");
        var planner = new DigestPlanner(policy, (commitment, owner) => links.BuildUpdateLink(commitment.Id, owner.Email));

        var (scanned, candidatesByOwner) = await FindCandidatesAsync(planner, now, cancellationToken).ConfigureAwait(false);
        var unsent = new List<ReminderCandidate>();
        var days = new Dictionary<string, OwnerLedger>(EmailAddresses.Comparer);
        foreach (var (owner, candidates) in candidatesByOwner)
        {
            // Every candidate of one address was found on that address's one clock, so one local day.
            var held = await ledger.ReadAsync(owner, candidates.Min(c => c.StageDate), candidates[0].Clock.Today, cancellationToken).ConfigureAwait(false);
            days[owner] = held;
            unsent.AddRange(candidates.Where(c => !held.Recorded.Contains(c.Key)));
        }

        var outcomes = new List<DigestOutcome>();
        var settling = Task.CompletedTask;
        try
        {
            foreach (var digest in planner.Plan(unsent))
            {
                var held = days[digest.To];
                if (dryRun)
                {
                    outcomes.Add(new DigestOutcome(digest, held.DayTaken ? DigestDelivery.Skipped : DigestDelivery.Planned));
                    continue;
                }

                // Recording a sent digest overlaps claiming and sending the next. That does not
                // widen what a crash can lose: that message was already handed over, so at most one
                // digest is ever claimed and not yet handed over. (A failed one is released before
                // the next claim; see DeliverAsync.)
                var (outcome, settled) = await DeliverAsync(digest, held.Day, runId, cancellationToken).ConfigureAwait(false);
                var previous = settling;
                settling = settled;
                await previous.ConfigureAwait(false);
                outcomes.Add(outcome);
            }
        }
        finally
        {
            // Leave no write running past the run, whether it finished or failed.
            await settling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var report = new ScanReport(runId, now, dryRun, scanned, unsent.Count, outcomes, time.GetElapsedTime(started));
        LogScanFinished(report.Scanned, report.DueItems, report.Sent, report.Skipped, report.Failed, (long)report.Duration.TotalMilliseconds, runId, dryRun);
        return report;
    }

    private async Task<(int Scanned, Dictionary<string, List<ReminderCandidate>> ByOwner)> FindCandidatesAsync(
        DigestPlanner planner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scan = planner.StartScan(now);
        var byOwner = new Dictionary<string, List<ReminderCandidate>>(EmailAddresses.Comparer);
        var scanned = 0;
        await foreach (var commitment in store.QueryAsync(openOnly: true, cancellationToken).ConfigureAwait(false))
        {
            scanned++;
            List<ReminderCandidate> candidates;
            try
            {
                candidates = [.. scan.Candidates(commitment)];
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                // One commitment the policy cannot place must not hold up every other owner's digest.
                LogCommitmentSkipped(commitment.Id, ex.GetType().Name);
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (!byOwner.TryGetValue(candidate.Owner.Email, out var list))
                {
                    byOwner[candidate.Owner.Email] = list = [];
                }

                list.Add(candidate);
            }
        }

        return (scanned, byOwner);
    }

    /// <returns>The outcome, known once the send is; and the ledger write recording it, still running.</returns>
    private async Task<(DigestOutcome Outcome, Task Settled)> DeliverAsync(Digest digest, LedgerDay? day, string runId, CancellationToken cancellationToken)
    {
        var claim = await ledger.TryClaimAsync(digest, runId, day, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return (new DigestOutcome(digest, DigestDelivery.Skipped), Task.CompletedTask);
        }

        SendResult result;
        try
        {
            result = await sender.SendAsync(digest, runId, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-send: the message may or may not have gone out. The claim stays, so the
            // digest is never sent twice; the ledger shows it as claimed, not sent (see architecture.md).
            LogSendInterrupted(CommitmentIds(digest), runId);
            throw;
        }
#pragma warning disable CA1031 // Senders report provider failures as results; anything else (a rendering bug, a full disk) happened before delivery, so the claim is released for the next run and the other owners still get theirs.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            result = new SendResult.Refused($"{ex.GetType().Name}: {ex.Message}");
        }

        if (result is SendResult.Accepted)
        {
            return (new DigestOutcome(digest, DigestDelivery.Sent), SettleAsync(claim, result));
        }

        // Released before the next digest is claimed: until this write lands, the failed digest is
        // claimed and unsent, and a crash must never leave two of those.
        var error = result switch
        {
            SendResult.Refused refused => refused.Error,
            SendResult.Unknown unknown => unknown.Reason,
            _ => "sandbox mode: nothing was delivered",
        };
        LogDigestFailed(CommitmentIds(digest), error, runId);
        await SettleAsync(claim, result).ConfigureAwait(false);
        return (new DigestOutcome(digest, DigestDelivery.Failed, error), Task.CompletedTask);
    }

    /// <summary>Writes a known outcome; never throws, so a run always learns every outcome it caused.</summary>
    private async Task SettleAsync(DigestClaim claim, SendResult result)
    {
        // Not the run's token: the outcome is already known, and a shutdown that cancels the run
        // should still let it be written. The timeout bounds how long that can hold the run up.
        using var timeout = new CancellationTokenSource(SettleTimeout, time);
        try
        {
            await (result is SendResult.Accepted accepted
                ? ledger.MarkSentAsync(claim, accepted.MessageId, timeout.Token)
                : ledger.MarkFailedAsync(claim, result is SendResult.Refused refused ? refused.Error : "not delivered", timeout.Token)).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever stopped the write (a refusal, an outage after retries, the timeout), the claim stands and the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The send's outcome is known but could not be written: the claim stands, so the digest
            // is not sent again, and a failed one waits for an operator rather than repeating.
            LogLedgerNotSettled(CommitmentIds(claim.Digest), ex is RequestFailedException rf ? rf.Status.ToString(CultureInfo.InvariantCulture) : ex.GetType().Name, claim.RunId);
        }
    }

    private static string CommitmentIds(Digest digest) => string.Join(",", digest.Items.Select(i => i.Commitment.Id));

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Reminder scan finished: {Scanned} open commitments scanned, {Due} nudges due, {Sent} digests sent, {Skipped} skipped, {Failed} failed in {DurationMs} ms (run {RunId}, dry run {DryRun})")]
    private partial void LogScanFinished(int scanned, int due, int sent, int skipped, int failed, long durationMs, string runId, bool dryRun);

    [LoggerMessage(Level = LogLevel.Error, Message = "Commitment {CommitmentId} was skipped by the scan ({Error})")]
    private partial void LogCommitmentSkipped(string commitmentId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest for commitments {CommitmentIds} was not sent: {Reason} (run {RunId}); the next run tries again")]
    private partial void LogDigestFailed(string commitmentIds, string reason, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send of the digest for commitments {CommitmentIds} was interrupted (run {RunId}); it stays claimed and is not sent again")]
    private partial void LogSendInterrupted(string commitmentIds, string runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The send ledger could not record the outcome for commitments {CommitmentIds} ({Reason}, run {RunId}); the claim stands")]
    private partial void LogLedgerNotSettled(string commitmentIds, string reason, string runId);
}
