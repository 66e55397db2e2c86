using FollowUp.Bench.Measuring;

namespace FollowUp.Bench.Deliveries;

/// <summary>What <c>FollowUp.Bench deliveries</c> measured; <see cref="Problems"/> is empty when every event was recorded against its digest.</summary>
/// <param name="Phases">The seed (claims settled through the send ledger), the events fed to the webhook's use case, then the read-back.</param>
/// <param name="Batches">POSTs the events came in.</param>
/// <param name="Matched">Events the use case placed on a digest of the ledger.</param>
/// <param name="StatesByDigest">How many digests the read-back found in each delivery state.</param>
/// <param name="EventsPerSecond">The events phase's throughput, signature checks included.</param>
/// <param name="RequestsPerEvent">Table Storage requests of the events phase for each event.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set over the whole run, seeding included.</param>
public sealed record DeliveriesBenchReport(
    DeliveriesBenchSettings Settings,
    string TablePrefix,
    string Machine,
    IReadOnlyList<PhaseResult> Phases,
    int Batches,
    long Matched,
    long Unmatched,
    IReadOnlyDictionary<string, int> StatesByDigest,
    double EventsPerSecond,
    double RequestsPerEvent,
    long PeakWorkingSetBytes,
    IReadOnlyList<string> Problems);
