using System.Text;
using FollowUp.Core.Import;

namespace FollowUp.Tests.Import;

internal static class ImportTestFiles
{
    public static Task<IReadOnlyList<RawRow>> ReadJsonAsync(string json) =>
        JsonCommitmentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    public static Task<IReadOnlyList<RawRow>> ReadCsvAsync(string csv) =>
        CsvCommitmentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    public const string ValidJsonRow = """
        { "id": "customs-edi-mou", "commission": "pak-aze-jc8", "title": "Sign the customs EDI MoU", "sector": "customs",
          "dueDate": "2026-12-10", "owners": [
            { "ministry": "Federal Board of Revenue", "email": "customs.pk@example.org", "timeZone": "Asia/Karachi" },
            { "ministry": "State Customs Committee", "email": "customs.az@example.org", "timeZone": "Asia/Baku" } ] }
        """;
}
