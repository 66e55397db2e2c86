namespace FollowUp.Bench.Scaleout;

/// <summary>One planning run and its workers' results (none for a killed worker).</summary>
public sealed record DeliveryRun(int Queued, IReadOnlyList<WorkerResult> Workers, double PlanSeconds, double TotalSeconds)
{
    public int Sent => Workers.Sum(w => w.Sent);

    public int Failed => Workers.Sum(w => w.Failed);

    public int Unknown => Workers.Sum(w => w.Unknown);

    public int AlreadyClaimed => Workers.Sum(w => w.AlreadyClaimed);
}
