using System.Diagnostics;
using FollowUp.Bench.Storage;

namespace FollowUp.Bench.Measuring;

/// <summary>
/// Times one phase of a benchmark and records what it cost: wall and processor time, Table Storage
/// requests, allocations, and the heap and working set before, during and after it.
/// </summary>
public sealed class PhaseMeter(RequestCountingPolicy requests)
{
    /// <param name="body">The phase; returns how many items it handled.</param>
    public async Task<PhaseResult> MeasureAsync(string name, Func<CancellationToken, Task<long>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);

        // Start each phase from live data only, so that its peak heap is its own and not the
        // uncollected garbage of the phase before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var startHeap = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var requestsBefore = requests.Count;
        var cpuBefore = Environment.CpuUsage.TotalTime;

        using var sampler = new PeakSampler();
        var started = Stopwatch.GetTimestamp();
        var items = await body(cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        sampler.Stop();
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var endHeap = GC.GetTotalMemory(forceFullCollection: true);

        return new PhaseResult(
            name,
            elapsed.TotalSeconds,
            items,
            requests.Count - requestsBefore,
            cpu,
            allocated,
            startHeap,
            sampler.PeakHeapBytes,
            endHeap,
            sampler.PeakWorkingSetBytes);
    }

    /// <summary>How long <paramref name="phase"/> took for each second of <paramref name="baseline"/>.</summary>
    public static double Ratio(PhaseResult phase, PhaseResult baseline)
    {
        ArgumentNullException.ThrowIfNull(phase);
        ArgumentNullException.ThrowIfNull(baseline);
        return phase.Seconds / baseline.Seconds;
    }
}
