using FollowUp.Bench.Scan;

namespace FollowUp.Bench.Tests;

/// <summary>The checks decide whether a benchmark run counts: each must speak up when its invariant breaks.</summary>
public sealed class ScanChecksTests
{
    private static readonly ScanExpectation Expected = new(Seeded: 10, Open: 8, new HashSet<string>(["a@example.org", "b@example.org"]));

    [Fact]
    public void ARoundThatSentOneEmailToEachOwnerWithSomethingDueHolds()
    {
        Assert.Empty(ScanChecks.Check(Expected, Observed(sent: ["a@example.org", "b@example.org"])));
    }

    [Fact]
    public void AnOwnerWhoGotTwoEmailsIsReported()
    {
        var problems = ScanChecks.Check(Expected, Observed(sent: ["a@example.org", "b@example.org", "a@example.org"]));

        Assert.Contains(problems, p => p.Contains("The scan sent 3 emails to 2 addresses: some owner got more than one.", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOwnerWithSomethingDueWhoGotNothingIsReported()
    {
        var problems = ScanChecks.Check(Expected, Observed(sent: ["a@example.org"]));

        Assert.Contains(problems, p => p.Contains("The scan sent nothing to 1 owners with something due (e.g. b@example.org)", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmailToAnOwnerWithNothingDueIsReported()
    {
        var problems = ScanChecks.Check(Expected, Observed(sent: ["a@example.org", "b@example.org", "c@example.org"]));

        Assert.Contains(problems, p => p.Contains("email to 1 owners with nothing due (e.g. c@example.org)", StringComparison.Ordinal));
    }

    [Fact]
    public void AddressesThatDifferOnlyInCaseAreOneOwner()
    {
        Assert.Empty(ScanChecks.Check(Expected, Observed(sent: ["A@Example.org", "b@example.org"])));
    }

    [Fact]
    public void AnUnknownOutcomeIsReported()
    {
        var problems = ScanChecks.Check(Expected, Observed(sent: ["a@example.org", "b@example.org"]) with { Unknown = 1 });

        Assert.Equal(["The scan reported 2 sent, 0 failed, 1 unknown, 0 skipped; the sender accepted 2."], problems);
    }

    [Fact]
    public void ARawReadThatMissedRowsIsReported()
    {
        var problems = ScanChecks.Check(Expected, Observed(sent: ["a@example.org", "b@example.org"]) with { RawRead = 9 });

        Assert.Equal(["The raw read returned 9 rows; 10 were seeded."], problems);
    }

    /// <summary>A round that read every row and planned exactly what it then sent.</summary>
    private static ScanObservation Observed(string[] sent) => new(
        RawRead: 10,
        FilteredRead: 8,
        DryRunScanned: 8,
        ScanScanned: 8,
        Planned: sent,
        Sent: sent.Length,
        Failed: 0,
        Unknown: 0,
        Skipped: 0,
        Emails: sent.Length,
        Recipients: sent.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
}
