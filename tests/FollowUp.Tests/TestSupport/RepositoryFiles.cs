namespace FollowUp.Tests.TestSupport;

/// <summary>Files of this repository (samples, infra), found from the test assembly's folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FollowUp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"FollowUp.sln not found above {AppContext.BaseDirectory}");
    }
}
