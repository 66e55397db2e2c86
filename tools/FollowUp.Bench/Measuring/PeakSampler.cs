namespace FollowUp.Bench.Measuring;

/// <summary>
/// Samples the managed heap and the process working set on a timer while a phase runs. A reading
/// taken only when the phase ends would miss a peak that a collection removed in the meantime.
/// </summary>
/// <remarks>
/// <see cref="GC.GetTotalMemory(bool)"/> without forcing a collection includes garbage not yet
/// collected, so the peak is an upper bound on what the phase kept alive.
/// </remarks>
public sealed class PeakSampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private long _peakHeap;
    private long _peakWorkingSet;

    public PeakSampler()
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, Interval, Interval);
    }

    public long PeakHeapBytes
    {
        get
        {
            lock (_gate)
            {
                return _peakHeap;
            }
        }
    }

    public long PeakWorkingSetBytes
    {
        get
        {
            lock (_gate)
            {
                return _peakWorkingSet;
            }
        }
    }

    /// <summary>Stops sampling after one last reading, so a short phase still has its end state counted.</summary>
    public void Stop()
    {
        _timer.Change(Timeout.Infinite, Timeout.Infinite);
        Sample();
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: false);
        var workingSet = Environment.WorkingSet;
        lock (_gate)
        {
            _peakHeap = Math.Max(_peakHeap, heap);
            _peakWorkingSet = Math.Max(_peakWorkingSet, workingSet);
        }
    }
}
