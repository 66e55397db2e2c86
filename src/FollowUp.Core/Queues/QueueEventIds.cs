namespace FollowUp.Core.Queues;

/// <summary>
/// The pipeline's event ids that the deployment's alerts query (infra/modules/alerts/*.kql). One place,
/// so that the code that logs them and the infra tests that check the queries read the same number.
/// </summary>
public static class QueueEventIds
{
    /// <summary>The ReminderScan timer's summary of a planning run: the heartbeat alert counts these.</summary>
    public const int Planned = 2101;

    /// <summary>A queued digest failed its last attempt and goes to the poison queue: the poison alert fires on it.</summary>
    public const int Poisoned = 2105;
}
