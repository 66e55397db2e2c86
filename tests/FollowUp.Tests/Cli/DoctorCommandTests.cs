using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Cli;

public sealed class DoctorCommandTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private const string SendGridKey = "SG.doctor-must-never-print-this";

    [Fact]
    public async Task SecretsShowOnlyThatTheyAreSetAndWhereFrom()
    {
        await using var tables = azurite.CreateTables();
        var settings = new Dictionary<string, string?>(tables.Settings) { ["FollowUp:Email:SendGridApiKey"] = SendGridKey };

        var doctor = await CliRun.RunAsync(settings, "doctor");

        Assert.DoesNotContain(SendGridKey, doctor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TestTables.SigningSecret, doctor.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", doctor.Output, StringComparison.Ordinal);
        var line = doctor.Output.Split('\n').Single(l => l.TrimStart().StartsWith("FollowUp:Email:SendGridApiKey ", StringComparison.Ordinal));
        Assert.Contains("(set)", line, StringComparison.Ordinal);
        Assert.Contains("[settings given to the command line in-process]", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLocalDemoConfigurationHasNoSeriousProblemAndSaysWhatItTouches()
    {
        await using var tables = azurite.CreateTables();

        var doctor = await CliRun.RunAsync(tables.Settings, "doctor");

        Assert.Equal(0, doctor.ExitCode);
        Assert.Contains("(the local emulator)", doctor.Output, StringComparison.Ordinal);
        Assert.Contains(tables.Prefix + "SendLedger", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("Mail: the outbox", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("Problems: none.", doctor.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachSeriousProblemIsNamedWithItsFixAndTheExitCodeIsOne()
    {
        var settings = new Dictionary<string, string?>
        {
            ["FollowUp:Storage:TableServiceUri"] = "https://followupprod.table.core.windows.net/",
            ["FollowUp:Links:SigningKeys:0:Id"] = "test1",
            ["FollowUp:Links:SigningKeys:0:Secret"] = TestTables.SigningSecret,
        };

        var doctor = await CliRun.RunAsync(settings, "doctor");

        Assert.Equal(1, doctor.ExitCode);
        Assert.Contains("error: FollowUp:Email:SendGridApiKey is not set", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("error: FollowUp:PublicBaseUrl is http://127.0.0.1:7071 (this machine)", doctor.Output, StringComparison.Ordinal);
        Assert.Contains("fix: Set FollowUp__PublicBaseUrl", doctor.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageIsContactedOnlyWhenConnectivityIsAskedFor()
    {
        // Port 1 on loopback: nothing listens, so only an attempted connection can produce a problem.
        var settings = new Dictionary<string, string?>
        {
            ["FollowUp:Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            ["FollowUp:Links:SigningKeys:0:Id"] = "test1",
            ["FollowUp:Links:SigningKeys:0:Secret"] = TestTables.SigningSecret,
        };

        var quiet = await CliRun.RunAsync(settings, "doctor");
        var checkedOnce = await CliRun.RunAsync(settings, "doctor", "--check-connectivity");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(1, checkedOnce.ExitCode);
        Assert.Contains("could not be reached", checkedOnce.Output, StringComparison.Ordinal);
    }
}
