using FollowUp.Tests.Intake;

namespace FollowUp.Tests.Workspace;

/// <summary>Outcome texts for the intake page: the eighth session's report, and a hostile one.</summary>
internal static class IntakeTexts
{
    public const string Hostile =
        "Islamabad, 20 May 2026 - The Joint Commission of Pakistan and Azerbaijan met.\n" +
        "Both sides agreed to hold a <script>alert(1)</script> trade exhibition <img src=x onerror=alert(2)> in Baku in 2027.";

    /// <summary>
    /// The seed report from ../shared/seed/ beside the clone; where a machine has no such folder, the
    /// repository's own paraphrase of the same report, so the test always reads a whole session's outcome.
    /// </summary>
    public static string EighthSession()
    {
        var seed = IntakeAnnotations.All().First(d => d.External);
        return File.ReadAllText(IntakeAnnotations.Locate(seed) ?? IntakeAnnotations.FixturePath("pak-aze-jc8.txt"));
    }
}
