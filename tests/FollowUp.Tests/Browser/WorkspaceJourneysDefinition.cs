namespace FollowUp.Tests.Browser;

/// <summary>
/// The workspace's browser journeys run one class after another, each over a serve of its own (a class
/// fixture): serve's sign-in link is good once, and two Chromiums at once would crowd two shared cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WorkspaceJourneysDefinition
{
    public const string Name = "workspace journeys";
}
