using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FollowUp.Core.Reports;

namespace FollowUp.Tests.Reports;

/// <summary>The workspace's download writes to a response body, which can be neither read nor sought.</summary>
public sealed class ResponseStreamReportTests
{
    [Fact]
    public async Task XlsxWrittenToAForwardOnlyStreamPassesTheOpenXmlValidator()
    {
        using var response = new ForwardOnlyStream();

        await ReportOutput.WriteAsync(new XlsxReportWriter(), ReportFixture.Data(), response);

        using var written = response.Written();
        using var document = SpreadsheetDocument.Open(written, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task DocxWrittenToAForwardOnlyStreamPassesTheOpenXmlValidator()
    {
        using var response = new ForwardOnlyStream();

        await ReportOutput.WriteAsync(new DocxReportWriter(), ReportFixture.Data(), response);

        using var written = response.Written();
        using var document = WordprocessingDocument.Open(written, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task HtmlIsStreamedStraightToAForwardOnlyStream()
    {
        using var response = new ForwardOnlyStream();

        await ReportOutput.WriteAsync(new HtmlReportWriter(), ReportFixture.Data(), response);

        using var reader = new StreamReader(response.Written());
        Assert.Contains(ReportFixture.UrduNote, await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }
}
