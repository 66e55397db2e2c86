using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Tests.Import;

public sealed class JsonCommitmentReaderTests
{
    [Fact]
    public async Task TopLevelArrayAndCommitmentsObjectReadTheSame()
    {
        var fromArray = await ImportTestFiles.ReadJsonAsync($"[{ImportTestFiles.ValidJsonRow}]");
        var fromObject = await ImportTestFiles.ReadJsonAsync($$"""{ "commitments": [{{ImportTestFiles.ValidJsonRow}}] }""");

        var a = CommitmentImporter.Interpret(fromArray).Rows.Single().Commitment!;
        var b = CommitmentImporter.Interpret(fromObject).Rows.Single().Commitment!;
        Assert.True(CommitmentImporter.SameContent(a, b));
        Assert.Equal("item 1 (commitments[0])", fromObject[0].Location);
    }

    [Fact]
    public async Task OwnerRolesDefaultToLeadThenCounterpart()
    {
        var rows = await ImportTestFiles.ReadJsonAsync($"[{ImportTestFiles.ValidJsonRow}]");

        var owners = CommitmentImporter.Interpret(rows).Rows.Single().Commitment!.Owners;
        Assert.Equal([OwnerRole.Lead, OwnerRole.Counterpart], owners.Select(o => o.Role));
    }

    [Fact]
    public async Task UnknownFieldIsAnErrorNotIgnored()
    {
        var rows = await ImportTestFiles.ReadJsonAsync($"[{ImportTestFiles.ValidJsonRow.Replace("\"sector\"", "\"colour\": \"red\", \"sector\"", StringComparison.Ordinal)}]");

        var problem = Assert.Single(CommitmentImporter.Interpret(rows).Problems);
        Assert.Contains(problem.Errors, e => e.Field == "colour");
    }

    [Fact]
    public async Task UnknownOwnerFieldIsNamedWithItsOwnerIndex()
    {
        var rows = await ImportTestFiles.ReadJsonAsync($"[{ImportTestFiles.ValidJsonRow.Replace("\"timeZone\": \"Asia/Baku\"", "\"timeZone\": \"Asia/Baku\", \"phone\": \"123\"", StringComparison.Ordinal)}]");

        var problem = Assert.Single(CommitmentImporter.Interpret(rows).Problems);
        Assert.Equal("owners[1].phone", Assert.Single(problem.Errors).Field);
    }

    [Fact]
    public async Task WrongJsonTypeIsReportedForItsField()
    {
        var rows = await ImportTestFiles.ReadJsonAsync($"[{ImportTestFiles.ValidJsonRow.Replace("\"sector\": \"customs\"", "\"sector\": [\"customs\"]", StringComparison.Ordinal)}]");

        var problem = Assert.Single(CommitmentImporter.Interpret(rows).Problems);
        Assert.Equal("sector", Assert.Single(problem.Errors).Field);
    }

    [Fact]
    public async Task DuplicateIdInOneFileNamesWhereItFirstAppeared()
    {
        var rows = await ImportTestFiles.ReadJsonAsync($"[{ImportTestFiles.ValidJsonRow}, {ImportTestFiles.ValidJsonRow}]");

        var (valid, problems) = CommitmentImporter.Interpret(rows);
        var problem = Assert.Single(problems);
        Assert.Single(valid);
        Assert.Equal("item 2 ([1])", problem.Location);
        Assert.Contains("first at item 1 ([0])", Assert.Single(problem.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadRowIsReportedNotJustTheFirst()
    {
        var bad1 = ImportTestFiles.ValidJsonRow.Replace("2026-12-10", "10/12/2026", StringComparison.Ordinal);
        var bad2 = ImportTestFiles.ValidJsonRow.Replace("customs-edi-mou", "second", StringComparison.Ordinal).Replace("\"sector\"", "\"progress\": 150, \"sector\"", StringComparison.Ordinal);

        var rows = await ImportTestFiles.ReadJsonAsync($"[{bad1}, {bad2}]");

        var problems = CommitmentImporter.Interpret(rows).Problems;
        Assert.Equal(["item 1 ([0])", "item 2 ([1])"], problems.Select(p => p.Location));
        Assert.Equal("dueDate", Assert.Single(problems[0].Errors).Field);
        Assert.Equal("progress", Assert.Single(problems[1].Errors).Field);
    }

    [Theory]
    [InlineData("{ \"id\": 1", "not valid JSON at line 1")]
    [InlineData("\"just a string\"", "expected a JSON array")]
    [InlineData("{ \"items\": [] }", "unknown top-level field")]
    public async Task FileThatIsNotTheContractIsRejectedAsAWhole(string json, string message)
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => ImportTestFiles.ReadJsonAsync(json));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
