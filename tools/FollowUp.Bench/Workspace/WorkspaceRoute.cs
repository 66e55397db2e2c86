namespace FollowUp.Bench.Workspace;

/// <summary>One view of the workspace the benchmark asks for: a path and query, as HTML or JSON.</summary>
/// <param name="Name">How the report names it.</param>
/// <param name="PathAndQuery">Under the host's root, e.g. <c>/api/secretariat/commitments?overdue=true</c>.</param>
public sealed record WorkspaceRoute(string Name, string PathAndQuery, bool Json)
{
    public const string OverviewPath = "/api/secretariat";

    public const string ListPath = "/api/secretariat/commitments";

    /// <summary>The overview and the list, the list's default view and three filtered ones, each as a page and as JSON.</summary>
    public static IReadOnlyList<WorkspaceRoute> All { get; } =
    [
        new("overview", OverviewPath, false),
        new("overview", OverviewPath, true),
        new("list", ListPath, false),
        new("list", ListPath, true),
        new("list overdue", ListPath + "?overdue=true", false),
        new("list overdue", ListPath + "?overdue=true", true),
        new("list AZ silent", ListPath + "?country=AZ&silent=true", false),
        new("list AZ silent", ListPath + "?country=AZ&silent=true", true),
        new("list undeliverable", ListPath + "?undeliverable=true&sort=title", false),
        new("list undeliverable", ListPath + "?undeliverable=true&sort=title", true),
    ];

    public string Format => Json ? "json" : "html";
}
