namespace FollowUp.Bench.Scaleout;

/// <summary>The SIGKILL round: one worker killed mid-run, then the run repeated.</summary>
/// <param name="AcceptedBeforeKill">Digests the fake had accepted when the worker was killed.</param>
/// <param name="RepeatRuns">Runs after the killed one: one, and more only while one left digests failed (<c>--error-rate</c>).</param>
/// <param name="Duplicates">Owners who got more than one digest over all the runs: must be 0.</param>
/// <param name="Missing">Owners owed a digest who got none: at most the messages the killed worker held claimed.</param>
/// <param name="LeftClaimed">Ledger rows still Claimed after all the runs: the outcomes the crash (or the transport) left unknown.</param>
public sealed record KillResult(int Workers, int AcceptedBeforeKill, int AcceptedFirstRun, int RepeatRuns, int QueuedByRepeat, int AcceptedByRepeat, int Duplicates, int Missing, int LeftClaimed);
