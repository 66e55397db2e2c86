namespace FollowUp.Tests.Browser;

/// <summary>
/// Files a browser test leaves for people to look at (screenshots), under the repository's
/// git-ignored TestResults/artifacts, with fixed names so each run replaces the last.
/// </summary>
internal static class BrowserArtifacts
{
    public static string Folder { get; } = TestSupport.RepositoryFiles.Path("TestResults", "artifacts");

    public static string PathFor(string fileName)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, fileName);
    }
}
