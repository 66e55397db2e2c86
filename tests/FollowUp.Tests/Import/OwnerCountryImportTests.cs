using System.Text;
using FollowUp.Core.Import;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Import;

/// <summary>Owners' countries (ISO 3166-1 alpha-2) in both import formats and in the sample data.</summary>
public sealed class OwnerCountryImportTests
{
    private const string Header = "id,commission,title,sector,dueDate,owner1.ministry,owner1.email,owner1.timeZone,owner1.country,owner2.ministry,owner2.email,owner2.timeZone";

    [Fact]
    public async Task CsvCountryIsReadInCapitalsAndMayBeLeftOut()
    {
        var (rows, problems) = await InterpretAsync(Header + "\nplan-1,jc8,A plan,trade,2027-03-31,Commerce,c@example.org,Asia/Karachi, pk ,Economy,e@example.org,Asia/Baku\n");

        Assert.Empty(problems);
        Assert.Equal(["PK", null], rows.Single().Commitment!.Owners.Select(o => o.Country));
    }

    [Fact]
    public async Task UnknownCountryCodeIsRefusedNamingTheOwnerAndTheField()
    {
        var (rows, problems) = await InterpretAsync(Header + "\nplan-1,jc8,A plan,trade,2027-03-31,Commerce,c@example.org,Asia/Karachi,Pakistan,Economy,e@example.org,Asia/Baku\n");

        var problem = Assert.Single(problems);
        Assert.Equal("plan-1", problem.Id);
        var error = Assert.Single(problem.Errors);
        Assert.Equal("owners[0].country", error.Field);
        Assert.Contains("'PAKISTAN' is not an ISO 3166-1 alpha-2 country code", error.Message, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Null(r.Commitment));
    }

    [Fact]
    public async Task SampleOwnersCarryTheCountryOfTheirCapital()
    {
        await using var stream = File.OpenRead(RepositoryFiles.Path("samples", "joint-commission-8.json"));
        var (rows, problems) = CommitmentImporter.Interpret(await CommitmentImporter.ReadAsync(stream, CommitmentFileFormat.Json));

        Assert.Empty(problems);
        Assert.All(rows.SelectMany(r => r.Commitment!.Owners), o => Assert.Equal(o.TimeZone == "Asia/Karachi" ? "PK" : "AZ", o.Country));
    }

    private static async Task<(IReadOnlyList<ImportRow> Rows, IReadOnlyList<RowProblem> Problems)> InterpretAsync(string csv)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return CommitmentImporter.Interpret(await CommitmentImporter.ReadAsync(stream, CommitmentFileFormat.Csv));
    }
}
