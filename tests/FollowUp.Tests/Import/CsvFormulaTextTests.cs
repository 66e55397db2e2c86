using FollowUp.Core.Import;

namespace FollowUp.Tests.Import;

public sealed class CsvFormulaTextTests
{
    [Theory]
    [InlineData("-Draft plan", "'-Draft plan")]
    [InlineData("+ops@example.org", "'+ops@example.org")]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("'-already quoted", "''-already quoted")]
    [InlineData("''", "'''")]
    [InlineData("'tis the season", "'tis the season")]
    [InlineData("'", "'")]
    [InlineData("Draft plan", "Draft plan")]
    public void CellThatCouldRunAsAFormulaIsEscapedAndReadsBackExactly(string value, string cell)
    {
        Assert.Equal(cell, CsvFormulaText.Protect(value));
        Assert.Equal(value, CsvFormulaText.Unprotect(cell));
    }

    [Fact]
    public async Task ReaderTakesTheEscapeOffAnEscapedCell()
    {
        var rows = await ImportTestFiles.ReadCsvAsync(
            "id,commission,title,sector,dueDate,escalationEmail,owner1.ministry,owner1.email,owner1.timeZone\n" +
            "customs-edi-mou,pak-aze-jc8,\"'-Draft plan\",customs,2026-12-10,\"'+ops@example.org\",FBR,customs.pk@example.org,Asia/Karachi\n");

        var commitment = CommitmentImporter.Interpret(rows).Rows.Single().Commitment!;

        Assert.Equal(("-Draft plan", "+ops@example.org"), (commitment.Title, commitment.EscalationEmail));
    }
}
