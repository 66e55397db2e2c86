using System.Diagnostics;
using System.Globalization;
using FollowUp.Bench.Measuring;
using FollowUp.Bench.Storage;
using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Deliveries;

/// <summary>
/// Claims and settles digests through the send ledger, then posts SendGrid's events about them,
/// signed and in batches, to the Event Webhook's use case, and reads the ledger back to check that
/// each digest ends in the state its events say. Deletes the tables at the end unless <c>--keep</c>.
/// </summary>
public sealed class DeliveriesBenchmark(
    DeliveriesSeeder seeder,
    ReceiveDeliveryEvents receive,
    IDeliveryReader reader,
    WebhookBatchSigner signer,
    BenchTables tables,
    PhaseMeter meter,
    TimeProvider time)
{
    public const string SeedPhase = "seed";

    public const string EventsPhase = "events";

    public const string ReadPhase = "read";

    public async Task<DeliveriesBenchReport> RunAsync(DeliveriesBenchSettings settings, TextWriter progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(progress);
        var problems = new List<string>();
        var phases = new List<PhaseResult>();
        var localDate = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        try
        {
            await progress.WriteLineAsync(Invariant($"Claiming and settling {settings.Digests} digests in tables {tables.Prefix}*...")).ConfigureAwait(false);
            LedgerClaim[] claims = [];
            phases.Add(await meter.MeasureAsync(SeedPhase, async ct =>
            {
                claims = await seeder.SeedAsync(settings.Digests, localDate, settings.Parallelism, ct).ConfigureAwait(false);
                return claims.Length;
            }, cancellationToken).ConfigureAwait(false));

            var feed = DeliveryEventFeed.Create(claims, settings, time.GetUtcNow());
            await progress.WriteLineAsync(Invariant($"Posting {settings.Events} events in {feed.Bodies.Count} signed batches...")).ConfigureAwait(false);
            var (matched, unmatched) = (0L, 0L);
            phases.Add(await meter.MeasureAsync(EventsPhase, async ct =>
            {
                foreach (var body in feed.Bodies)
                {
                    // Signed just before the post, as SendGrid does, so no batch goes stale in a long run.
                    var (signature, timestamp) = signer.Sign(time.GetUtcNow(), body);
                    switch (await receive.HandleAsync(signature, timestamp, body, ct).ConfigureAwait(false))
                    {
                        case EventsOutcome.Recorded recorded:
                            (matched, unmatched) = (matched + recorded.Matched, unmatched + recorded.Unmatched);
                            break;
                        case var refused:
                            problems.Add($"A batch was refused: {refused}.");
                            break;
                    }
                }

                return matched + unmatched;
            }, cancellationToken).ConfigureAwait(false));

            var states = new Dictionary<string, int>(StringComparer.Ordinal);
            phases.Add(await meter.MeasureAsync(ReadPhase, async ct =>
            {
                await foreach (var record in reader.ListAsync(cancellationToken: ct).ConfigureAwait(false))
                {
                    states[record.State] = states.GetValueOrDefault(record.State) + 1;
                }

                return states.Values.Sum();
            }, cancellationToken).ConfigureAwait(false));

            Check(settings, feed, matched, unmatched, states, problems);
            var events = phases[1];
            using var process = Process.GetCurrentProcess();
            return new DeliveriesBenchReport(
                settings, tables.Prefix, MachineDescription.Current(), phases, feed.Bodies.Count, matched, unmatched, states,
                events.Items / events.Seconds, events.Items == 0 ? 0 : events.Requests / (double)events.Items, process.PeakWorkingSet64, problems);
        }
        finally
        {
            if (!settings.Keep)
            {
                await tables.DeleteAllAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static void Check(DeliveriesBenchSettings settings, DeliveryEventFeed feed, long matched, long unmatched, Dictionary<string, int> states, List<string> problems)
    {
        if (matched != settings.Events || unmatched != 0)
        {
            problems.Add(Invariant($"{matched} events were placed on a digest and {unmatched} were not; all {settings.Events} name one."));
        }

        foreach (var state in feed.ExpectedStates.Keys.Union(states.Keys, StringComparer.Ordinal))
        {
            var (expected, found) = (feed.ExpectedStates.GetValueOrDefault(state), states.GetValueOrDefault(state));
            if (expected != found)
            {
                problems.Add(Invariant($"{found} digests read back as {state}; their events make it {expected}."));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
