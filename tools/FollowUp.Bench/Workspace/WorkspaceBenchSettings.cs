namespace FollowUp.Bench.Workspace;

/// <param name="Requests">How many times each route is asked, one request at a time, after one warm-up request.</param>
/// <param name="Reuse">The run id of a kept run whose tables are read again instead of seeding.</param>
public sealed record WorkspaceBenchSettings(int Commitments, int Owners, int Requests, int Parallelism, bool Keep, string? Reuse = null);
