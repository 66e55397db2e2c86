namespace FollowUp.Bench.Scaleout;

/// <summary>Everything one <c>FollowUp.Bench scaleout</c> run measured, with the machine it ran on.</summary>
public sealed record ScaleoutReport(
    ScaleoutSettings Settings,
    string Machine,
    string TablePrefix,
    double SeedSeconds,
    int OwnersOwed,
    IReadOnlyList<ScaleoutRound> Rounds,
    KillResult? Kill)
{
    /// <summary>What the targets say, each in words when missed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var round in Rounds)
        {
            if (round.Duplicates > 0 || round.Missing > 0)
            {
                problems.Add($"{round.Workers} workers: {round.Duplicates} owners got more than one digest, {round.Missing} owed got none");
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
