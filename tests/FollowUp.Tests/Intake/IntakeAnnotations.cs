using System.Text.Json;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Intake;

/// <summary>The annotated documents of Fixtures/annotations.json: what a careful reader finds in each.</summary>
internal static class IntakeAnnotations
{
    public static string FixturePath(string file) => RepositoryFiles.Path("tests", "FollowUp.Tests", "Intake", "Fixtures", file);

    public static IReadOnlyList<AnnotatedDocument> All()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FixturePath("annotations.json")));
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(d => new AnnotatedDocument(
            d.GetProperty("name").GetString()!,
            d.GetProperty("file").GetString()!,
            d.TryGetProperty("external", out var external) && external.GetBoolean(),
            d.GetProperty("set").GetString()!,
            [.. d.GetProperty("undertakings").EnumerateArray().Select(u => new ExpectedUndertaking(
                [.. u.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!)],
                u.GetProperty("sector").GetString()!,
                u.TryGetProperty("dueDate", out var due) ? DateOnly.Parse(due.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null))]))];
    }

    /// <summary>
    /// Where the document is: a fixture, or for an external one the shared folder beside the
    /// repository (../shared/ from the clone, or from any folder above it); <c>null</c> when absent.
    /// </summary>
    public static string? Locate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.External)
        {
            return FixturePath(document.File);
        }

        for (var dir = new DirectoryInfo(RepositoryFiles.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", document.File);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

internal sealed record AnnotatedDocument(string Name, string File, bool External, string Set, IReadOnlyList<ExpectedUndertaking> Undertakings);

internal sealed record ExpectedUndertaking(IReadOnlyList<string> Keys, string Sector, DateOnly? DueDate);
