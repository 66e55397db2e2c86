using FollowUp.Core.Configuration;
using FollowUp.Core.Intake;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Intake;

/// <summary>Runs the intake use case on a few lines of text, as a page or the CLI would.</summary>
internal static class IntakeTestRun
{
    public static IReadOnlyList<IntakeDraft> Drafts(string text, DateOnly? asOf = null, IntakeOptions? options = null) =>
        Assert.IsType<IntakeOutcome.Drafted>(Propose(text, asOf, options)).Drafts;

    public static IntakeOutcome Propose(string text, DateOnly? asOf = null, IntakeOptions? options = null) =>
        new SessionIntake(Options.Create(options ?? new IntakeOptions())).Propose(text, new IntakeRequest("pak-aze-jc9", "outcome.txt", asOf));
}
