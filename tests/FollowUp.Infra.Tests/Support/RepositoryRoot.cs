namespace FollowUp.Infra.Tests.Support;

/// <summary>The checkout the tests run from, found by walking up to FollowUp.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FollowUp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FollowUp.sln above {AppContext.BaseDirectory}.");
    }
}
