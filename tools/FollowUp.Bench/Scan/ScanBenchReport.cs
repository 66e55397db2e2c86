using FollowUp.Bench.Measuring;

namespace FollowUp.Bench.Scan;

/// <summary>
/// The outcome of <c>FollowUp.Bench scan</c>: what each phase cost, and whether the scan did what
/// it must (one email per owner with something due). <see cref="Problems"/> is empty when it did.
/// </summary>
/// <param name="Phases">The seed (unless reused), then the phases of the median round.</param>
/// <param name="Rounds">Every round's phases and ratios; the ratios reported are the median round's.</param>
/// <param name="MedianRound">The round whose scan-to-raw-read ratio is the median (the lower one for an even count).</param>
/// <param name="Open">Open commitments seeded: what the scan should read.</param>
/// <param name="ExpectedRecipients">Owners with something due whose clock allows mail at the instant.</param>
/// <param name="PlannedDigests">Digests the dry run planned.</param>
/// <param name="Emails">Emails the fake sender accepted in the real scan, repeats included.</param>
/// <param name="DistinctRecipients">Different addresses among those emails.</param>
/// <param name="DueItems">Nudges the real scan found owed.</param>
/// <param name="ScanToRawRead">The real scan's time over the raw read's; the target is at most 1.5.</param>
/// <param name="ScanToFilteredRead">The real scan's time over a read of the same rows with the same server-side filter: what the scan's own work adds.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set over the whole run (seeding included).</param>
/// <param name="HeapSizeBytes">The managed heap after the last collection, from <see cref="GC.GetGCMemoryInfo()"/>.</param>
public sealed record ScanBenchReport(
    ScanBenchSettings Settings,
    string TablePrefix,
    string Machine,
    int Open,
    IReadOnlyList<PhaseResult> Phases,
    IReadOnlyList<ScanBenchRound> Rounds,
    int MedianRound,
    int ExpectedRecipients,
    int PlannedDigests,
    int Emails,
    int DistinctRecipients,
    int DueItems,
    double DryRunToRawRead,
    double ScanToRawRead,
    double ScanToFilteredRead,
    long PeakWorkingSetBytes,
    long HeapSizeBytes,
    long TotalAllocatedBytes,
    IReadOnlyList<string> Problems);
