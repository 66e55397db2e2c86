namespace FollowUp.Bench.Measuring;

/// <summary>What one phase of a benchmark cost.</summary>
/// <param name="Items">What the phase handled: for the scan, commitments written, entities read, or commitments scanned.</param>
/// <param name="Requests">HTTP requests sent to Table Storage, retries included.</param>
/// <param name="CpuSeconds">Processor time this process used (all threads): the client's share of the phase, Azurite's excluded.</param>
/// <param name="StartHeapBytes">Live managed heap after a full collection, just before the phase.</param>
/// <param name="PeakHeapBytes">The largest managed heap sampled during the phase, garbage included.</param>
/// <param name="EndHeapBytes">
/// Live managed heap after a full collection at the end of the phase, while its result is still
/// held: for a scan, what its report keeps (the digests and the commitments in them).
/// </param>
/// <param name="PeakWorkingSetBytes">The largest process working set sampled during the phase.</param>
public sealed record PhaseResult(
    string Name,
    double Seconds,
    long Items,
    long Requests,
    double CpuSeconds,
    long AllocatedBytes,
    long StartHeapBytes,
    long PeakHeapBytes,
    long EndHeapBytes,
    long PeakWorkingSetBytes);
