using CsvHelper;
using FollowUp.Core.Reports;

namespace FollowUp.Tests.Reports;

public sealed class CsvReportTests
{
    [Fact]
    public async Task CsvReadsBackWithCsvHelperOneRowPerCommitment()
    {
        var rows = await ReadAsync();

        Assert.Equal(8, rows.Count);
        Assert.Equal(ReportFixture.Rows().Select(r => r.Id), rows.Select(r => r["id"]));
    }

    [Fact]
    public async Task CsvKeepsUrduAndAzerbaijaniTextVerbatim()
    {
        var rows = await ReadAsync();

        Assert.Equal(ReportFixture.UrduNote, rows.Single(r => r["id"] == "trade-notices")["last_update_note"]);
        Assert.Equal(ReportFixture.AzerbaijaniTitle, rows.Single(r => r["id"] == "energy-grid")["title"]);
    }

    [Fact]
    public async Task CsvCarriesTheDataHashOnEveryRow()
    {
        var rows = await ReadAsync();

        Assert.All(rows, r => Assert.Equal(ReportFixture.Data().Footer.DataSha256, r["report_data_sha256"]));
    }

    private static async Task<List<Dictionary<string, string>>> ReadAsync()
    {
        using var stream = await ReportFiles.WriteAsync(new CsvReportWriter());
        await using var csv = CsvReader.Create(stream, new CsvReaderOptions { HasHeader = true, MalformedData = CsvMalformedDataHandling.Throw }, leaveOpen: true);
        var header = csv.Headers!;
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetStringOrNull(x.i) ?? ""));
        }

        return rows;
    }
}
