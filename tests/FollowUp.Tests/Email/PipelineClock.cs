using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Email;

/// <summary>
/// A FakeTimeProvider that says when a timer is created and for how long, so that a test can move the
/// clock through exactly the waits the retry pipeline starts, and never while a request is in flight.
/// </summary>
internal sealed class PipelineClock() : FakeTimeProvider(new DateTimeOffset(2026, 3, 16, 4, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public ChannelReader<TimeSpan> Timers => _timers.Reader;

    /// <summary>Waits (a minute of real time at most) until a timer for <paramref name="due"/> has been created.</summary>
    public async Task TimerStarted(TimeSpan due)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await _timers.Reader.ReadAsync(stop.Token) != due)
        {
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }
}
