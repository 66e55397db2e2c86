namespace FollowUp.Tests.Cli;

/// <summary>
/// Tests that set process-wide environment variables: they run alone, so that no other test's
/// host reads a variable meant for them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "Process environment";
}
