using FollowUp.Core.Configuration;
using FollowUp.Core.Intake;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace FollowUp.Tests.Intake;

/// <summary>
/// Measures the intake on every annotated document and checks that docs/intake.md quotes exactly
/// these figures. The figures are measured, not asserted to reach a target.
/// </summary>
public sealed class IntakeMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void DocsQuoteTheRecallAndPrecisionMeasuredOnEveryAnnotatedDocument()
    {
        var intake = new SessionIntake(Options.Create(new IntakeOptions()));
        var docs = File.ReadAllLines(Tests.TestSupport.RepositoryFiles.Path("docs", "intake.md"));
        var rows = new List<string>();
        foreach (var document in IntakeAnnotations.All())
        {
            if (IntakeAnnotations.Locate(document) is not { } path)
            {
                output.WriteLine($"{document.File} is not beside this clone; its row is not checked.");
                continue;
            }

            var outcome = Assert.IsType<IntakeOutcome.Drafted>(intake.Propose(File.ReadAllBytes(path), new IntakeRequest("measure")));
            var score = IntakeScore.Of(document, outcome.Drafts);
            output.WriteLine(score.Row());
            output.WriteLine($"    missed: {string.Join("; ", score.Missed)}");
            output.WriteLine($"    spurious: {string.Join("; ", score.Spurious)}");
            rows.Add(score.Row());
        }

        Assert.True(rows.Count >= 5, "the fixtures in the repository are always measured");
        Assert.All(rows, row => Assert.Contains(row, docs));
    }
}
