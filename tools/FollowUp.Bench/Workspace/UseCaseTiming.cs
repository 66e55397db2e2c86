namespace FollowUp.Bench.Workspace;

/// <summary>
/// One part of what a route does, timed in-process without HTTP or rendering: where a route's time goes.
/// </summary>
/// <param name="Name"><c>read</c> (every current row through the store, and the contact book), <c>list</c> (the listing use case: read, assess, filter, sort), <c>overview</c> (its use case).</param>
public sealed record UseCaseTiming(string Name, int Runs, double P50Ms, double MaxMs);
