using FollowUp.Core.Reports;

namespace FollowUp.Tests.Reports;

/// <summary>Writes the fixture's report in a format to memory, as the CLI writes it to a file.</summary>
internal static class ReportFiles
{
    public static async Task<MemoryStream> WriteAsync(IReportWriter writer, ReportData? data = null)
    {
        var stream = new MemoryStream();
        await writer.WriteAsync(data ?? ReportFixture.Data(), stream);
        stream.Position = 0;
        return stream;
    }
}
