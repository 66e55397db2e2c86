using System.Text;
using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Intake;

/// <summary><c>followup intake</c> refuses what it cannot read with one clear line, exit 1, and writes nothing.</summary>
public sealed class IntakeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("followup-intake-").FullName;

    private static IReadOnlyDictionary<string, string?> Settings => new TestTables("UseDevelopmentStorage=true").Settings;

    [Fact]
    public async Task MissingFileExitsOneNamingIt()
    {
        var run = await CliRun.RunAsync(Settings, "intake", Path.Combine(_folder, "none.txt"), "--commission", "pak-aze-jc8");

        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Contains("none.txt: no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyFileExitsOneAndWritesNothing()
    {
        var input = Write("empty.txt", "  \n\n ");
        var output = Path.Combine(_folder, "drafts.json");

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "pak-aze-jc8", "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: is empty; nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task TextThatIsNotUtf8IsRefusedWithItsLine()
    {
        var input = Path.Combine(_folder, "latin1.txt");
        await File.WriteAllBytesAsync(input, [.. Encoding.ASCII.GetBytes("Agreed outcomes\nThe sides agreed to visit G"), 0xE4, .. Encoding.ASCII.GetBytes("nc\u0065.\n")]);

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "pak-aze-jc8");

        Assert.Equal((1, ""), (run.ExitCode, run.Output));
        Assert.Contains("latin1.txt: line 2 is not UTF-8 text (byte 44)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExistingOutputFileIsLeftAsItWas()
    {
        var input = Write("outcome.txt", "Pakistan and Azerbaijan agreed to open a trade house in 2027.");
        var output = Write("drafts.json", "keep me");

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "pak-aze-jc8", "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists; it was left as it is and nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task AsOfThatIsNotADateIsRefused()
    {
        var input = Write("outcome.txt", "Pakistan and Azerbaijan agreed to open a trade house by March.");

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "pak-aze-jc8", "--as-of", "March 2026");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--as-of: 'March 2026' is not a date in the form YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommissionThatCannotMakeIdsIsRefused()
    {
        var input = Write("outcome.txt", "Pakistan and Azerbaijan agreed to open a trade house in 2027.");

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "Pak Aze");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--commission: 'Pak Aze' must be lower-case letters", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextWithNoUndertakingExitsOneSayingSo()
    {
        var input = Write("outcome.txt", "The session was held in Baku. The ministers met.");

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "pak-aze-jc8");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("none of its 2 sentences holds an undertaking", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftsGoToStandardOutputAndTheSummaryToStandardError()
    {
        var input = Write("outcome.txt", "Pakistan and Azerbaijan agreed to open a trade house in 2027.");

        var run = await CliRun.RunAsync(Settings, "intake", input, "--commission", "pak-aze-jc8", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("id,commission,title,", run.Output, StringComparison.Ordinal);
        Assert.Contains("pak-aze-jc8-01,pak-aze-jc8,Open a trade house in 2027,", run.Output, StringComparison.Ordinal);
        Assert.Contains("Proposed 1 draft commitments from outcome.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("fill in every draft's owners[*].ministry and owners[*].email", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
