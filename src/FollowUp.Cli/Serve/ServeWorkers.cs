namespace FollowUp.Cli.Serve;

/// <summary><c>followup serve --workers N</c>: in-process queue workers; 0 keeps the scan in one process, as before.</summary>
public sealed record ServeWorkers(int Count);
