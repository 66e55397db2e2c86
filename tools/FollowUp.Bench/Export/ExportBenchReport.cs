using FollowUp.Bench.Measuring;

namespace FollowUp.Bench.Export;

/// <summary>What <c>FollowUp.Bench export</c> measured; <see cref="Problems"/> is empty when the export held every seeded row.</summary>
/// <param name="Phases">The seed (unless reused), then the export.</param>
/// <param name="Rows">Rows the export's manifest states, all tables together.</param>
/// <param name="Bytes">The export's size, compressed, as uploaded.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set over the whole run, seeding included.</param>
public sealed record ExportBenchReport(
    ExportBenchSettings Settings,
    string TablePrefix,
    string Destination,
    string Machine,
    IReadOnlyList<PhaseResult> Phases,
    IReadOnlyDictionary<string, long> RowsByTable,
    long Rows,
    long Bytes,
    long PeakWorkingSetBytes,
    IReadOnlyList<string> Problems);
