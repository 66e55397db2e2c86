namespace FollowUp.Bench.Scaleout;

/// <summary>Everything one <c>FollowUp.Bench scaleout</c> run measured, with the machine it ran on.</summary>
/// <param name="Run">The run id: with <c>--keep</c>, what <c>--reuse</c> takes.</param>
/// <param name="SeedSeconds">Null when the tables were reused.</param>
public sealed record ScaleoutReport(
    ScaleoutSettings Settings,
    string Machine,
    string Run,
    string TablePrefix,
    double? SeedSeconds,
    int OwnersOwed,
    IReadOnlyList<ScaleoutRound> Rounds,
    KillResult? Kill)
{
    /// <summary>What the targets, and what the pipeline promises under SendGrid errors, say, each in words when missed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var round in Rounds)
        {
            if (round.Duplicates > 0)
            {
                problems.Add($"{round.Workers} workers: {round.Duplicates} owners got more than one digest");
            }

            if (round.Missing > round.Failed + round.Unknown)
            {
                problems.Add($"{round.Workers} workers: {round.Missing} owed got no digest, but the workers recorded only {round.Failed} failed and {round.Unknown} unknown");
            }

            if (round.MissingAfterRepeats > round.Unknown)
            {
                problems.Add($"{round.Workers} workers: {round.MissingAfterRepeats} owed still got no digest after {round.RepeatRuns} repeated runs, {round.Unknown} of them unknown");
            }

            if (round.Poisoned > 0)
            {
                problems.Add($"{round.Workers} workers: {round.Poisoned} messages went to the poison queue");
            }

            if (round.PeakWorkingSetBytes >= 300L * 1024 * 1024)
            {
                problems.Add($"{round.Workers} workers: a worker peaked at {round.PeakWorkingSetBytes / 1048576} MB, over 300 MB");
            }
        }

        if (Kill is { Duplicates: > 0 } kill)
        {
            problems.Add($"after the SIGKILL and the repeated run, {kill.Duplicates} owners got more than one digest");
        }

        if (Kill is { } k && k.Missing > k.LeftClaimed)
        {
            problems.Add($"after the SIGKILL and the repeated run, {k.Missing} owners got nothing but only {k.LeftClaimed} claims are left unknown");
        }

        return problems;
    }
}
