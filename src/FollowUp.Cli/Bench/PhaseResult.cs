namespace FollowUp.Cli.Bench;

/// <summary>What one phase of <c>followup bench scan</c> cost.</summary>
/// <param name="Items">What the phase handled: commitments written, entities read, or commitments scanned.</param>
/// <param name="Requests">HTTP requests sent to Table Storage, retries included.</param>
/// <param name="StartHeapBytes">Live managed heap after a full collection, just before the phase.</param>
/// <param name="PeakHeapBytes">The largest managed heap sampled during the phase, garbage included.</param>
/// <param name="PeakWorkingSetBytes">The largest process working set sampled during the phase.</param>
public sealed record PhaseResult(
    string Name,
    double Seconds,
    long Items,
    long Requests,
    long AllocatedBytes,
    long StartHeapBytes,
    long PeakHeapBytes,
    long PeakWorkingSetBytes);
