using FollowUp.Core.Import;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Import;

public sealed class SampleDataTests
{
    private static async Task<IReadOnlyList<ImportRow>> ReadSampleAsync(string file, CommitmentFileFormat format)
    {
        await using var stream = File.OpenRead(RepositoryFiles.Path("samples", file));
        var (rows, problems) = CommitmentImporter.Interpret(await CommitmentImporter.ReadAsync(stream, format));
        Assert.Empty(problems);
        return rows;
    }

    [Fact]
    public async Task SampleCsvHoldsExactlyTheSampleJsonCommitments()
    {
        var json = await ReadSampleAsync("joint-commission-8.json", CommitmentFileFormat.Json);
        var csv = await ReadSampleAsync("joint-commission-8.csv", CommitmentFileFormat.Csv);

        Assert.Equal(json.Count, csv.Count);
        foreach (var (j, c) in json.Zip(csv))
        {
            Assert.True(CommitmentImporter.SameContent(j.Commitment!, c.Commitment!), $"{j.Id} differs between the JSON and CSV samples");
            Assert.Equal((j.StatusGiven, j.ProgressGiven), (c.StatusGiven, c.ProgressGiven));
        }
    }

    [Fact]
    public async Task SampleCoversTheSessionsSectorsWithOwnersInBothCapitals()
    {
        var rows = await ReadSampleAsync("joint-commission-8.json", CommitmentFileFormat.Json);
        var commitments = rows.Select(r => r.Commitment!).ToList();

        Assert.True(commitments.Count >= 12);
        Assert.Superset(
            new HashSet<string> { "trade", "customs", "defence-production", "energy", "agriculture", "health", "education", "governance" },
            commitments.Select(c => c.Sector).ToHashSet());
        Assert.Contains(commitments, c => c.Id == "ninth-session-baku");
        Assert.All(commitments, c =>
        {
            Assert.Equal(["Asia/Baku", "Asia/Karachi"], c.Owners.Select(o => o.TimeZone).Order());
            Assert.All(c.Owners, o => Assert.EndsWith("@example.org", o.Email, StringComparison.Ordinal));
        });
    }
}
