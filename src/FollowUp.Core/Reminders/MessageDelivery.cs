using System.Globalization;
using Azure;
using FollowUp.Core.Email;
using Microsoft.Extensions.Logging;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Claims, sends and settles a run's messages one at a time. Recording a sent message overlaps
/// claiming and sending the next; that does not widen what a crash can lose, because that message was
/// already handed over, so at most one message is ever claimed and not yet handed over. A refused
/// one is released before the next claim for the same reason.
/// </summary>
internal sealed class MessageDelivery(ISendLedger ledger, ILogger logger, TimeProvider time, string runId)
{
    /// <summary>How long writing one known outcome may take before the run gives up on it (the claim then stands).</summary>
    internal static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);

    private Task _settling = Task.CompletedTask;

    /// <summary>
    /// Delivers one message. Throws what its claim threw (the caller passes over that address and goes
    /// on) and <see cref="OperationCanceledException"/> for <paramref name="cancellationToken"/>.
    /// </summary>
    public async Task<(DigestDelivery Delivery, string? Error)> DeliverAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        var (delivery, error, settled) = await ClaimAndSendAsync(message, cancellationToken).ConfigureAwait(false);
        var previous = _settling;
        _settling = settled;
        await previous.ConfigureAwait(false);
        return (delivery, error);
    }

    /// <summary>Waits for the last outcome to be written, whether the run finished or failed.</summary>
    public async Task DrainAsync() => await _settling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    private async Task<(DigestDelivery, string?, Task)> ClaimAndSendAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        var claim = await ledger.TryClaimAsync(message.Entry, runId, message.Read, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return (DigestDelivery.Skipped, null, Task.CompletedTask);
        }

        SendResult result;
        try
        {
            result = await message.Send(claim, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped mid-send: the message may or may not have gone out. The claim stays, so it is
            // never sent twice; the ledger shows it as claimed, not sent (see architecture.md).
            ScanLog.Interrupted(logger, message.Entry.Kind, message.CommitmentIds, runId);
            throw;
        }
        catch (OperationCanceledException)
        {
            result = new SendResult.Unknown("the send was cut short");
        }
#pragma warning disable CA1031 // Senders report provider failures as results; anything else (a rendering bug, a full disk) happened before delivery, so the claim is released for the next run and the other addresses still get theirs.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            result = new SendResult.Refused($"{ex.GetType().Name}: {ex.Message}");
        }

        switch (result)
        {
            case SendResult.Refused refused:
                // Released before the next message is claimed: until this write lands, the refused
                // message is claimed and unsent, and a crash must never leave two of those.
                ScanLog.Failed(logger, message.Entry.Kind, message.CommitmentIds, refused.Error, runId);
                await SettleAsync(claim, result).ConfigureAwait(false);
                return (DigestDelivery.Failed, refused.Error, Task.CompletedTask);
            case SendResult.Unknown unknown:
                ScanLog.OutcomeUnknown(logger, message.Entry.Kind, message.CommitmentIds, unknown.Reason, runId);
                return (DigestDelivery.Unknown, unknown.Reason, SettleAsync(claim, result));
            case SendResult.Sandboxed:
                return (DigestDelivery.Sandboxed, null, SettleAsync(claim, result));
            default:
                return (DigestDelivery.Sent, null, SettleAsync(claim, result));
        }
    }

    /// <summary>Writes a known outcome; never throws, so a run always learns every outcome it caused.</summary>
    private async Task SettleAsync(LedgerClaim claim, SendResult result)
    {
        // Not the run's token: the outcome is already known, and a shutdown that cancels the run
        // should still let it be written. The timeout bounds how long that can hold the run up.
        using var timeout = new CancellationTokenSource(SettleTimeout, time);
        try
        {
            await ledger.SettleAsync(claim, result, timeout.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever stopped the write (a refusal, an outage after retries, the timeout), the claim stands and the run goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The outcome is known but could not be written: the claim stands, so the message is not
            // sent again, and a refused one waits for an operator rather than repeating.
            var reason = ex is RequestFailedException rf ? rf.Status.ToString(CultureInfo.InvariantCulture) : ex.GetType().Name;
            ScanLog.NotSettled(logger, string.Join(",", claim.Entry.Nudges.Select(n => n.CommitmentId)), reason, claim.RunId);
        }
    }
}
