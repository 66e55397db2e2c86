using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Email;

internal static class FakeTime
{
    /// <summary>
    /// Awaits <paramref name="operation"/> while moving the fake clock forward one <paramref name="step"/>
    /// at a time, so that backoffs and timeouts in the resilience pipeline elapse without real sleeping.
    /// </summary>
    public static async Task<T> AdvanceUntilDone<T>(this FakeTimeProvider time, Task<T> operation, TimeSpan step)
    {
        var watch = Stopwatch.StartNew();
        while (!operation.IsCompleted)
        {
            await Task.WhenAny(operation, Task.Delay(5));
            if (operation.IsCompleted)
            {
                break;
            }

            time.Advance(step);
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The operation did not finish within 30 real seconds.");
            }
        }

        return await operation;
    }
}
