using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scan;

/// <summary>One measured round and the two scan reports its checks look at.</summary>
public sealed record ScanRoundResult(ScanBenchRound Round, ScanReport DryRun, ScanReport Real);
