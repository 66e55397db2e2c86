using FollowUp.Core.Commitments;

namespace FollowUp.Core.Reminders;

/// <summary>
/// Finds candidates commitment by commitment at one instant. Each owner address is read on the
/// clock of the first record seen for it, so its digest has one local date and one send window.
/// </summary>
public sealed class CandidateScan
{
    private readonly ReminderPolicy _policy;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<string, OwnerClock> _clocks = new(EmailAddresses.Comparer);

    internal CandidateScan(ReminderPolicy policy, DateTimeOffset now)
    {
        _policy = policy;
        _now = now;
    }

    public IEnumerable<ReminderCandidate> Candidates(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        foreach (var owner in commitment.Owners)
        {
            if (!_clocks.TryGetValue(owner.Email, out var clock))
            {
                clock = _policy.ClockFor(owner.TimeZone, _now);
                _clocks.Add(owner.Email, clock);
            }

            if (clock.CanSendNow && _policy.FindCandidate(commitment, owner, clock) is { } candidate)
            {
                yield return candidate;
            }
        }
    }
}
