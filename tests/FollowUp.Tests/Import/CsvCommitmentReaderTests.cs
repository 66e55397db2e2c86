using FollowUp.Core.Import;

namespace FollowUp.Tests.Import;

public sealed class CsvCommitmentReaderTests
{
    private const string Header =
        "id,commission,title,sector,dueDate,owner1.ministry,owner1.email,owner1.timeZone,owner2.ministry,owner2.email,owner2.timeZone\n";

    [Fact]
    public async Task NumberedOwnerColumnsBecomeOwnersInOrder()
    {
        var rows = await ImportTestFiles.ReadCsvAsync(Header +
            "customs-edi-mou,pak-aze-jc8,Sign the MoU,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,SCC,customs.az@example.org,Asia/Baku\n");

        var commitment = CommitmentImporter.Interpret(rows).Rows.Single().Commitment!;
        Assert.Equal(["customs.pk@example.org", "customs.az@example.org"], commitment.Owners.Select(o => o.Email));
    }

    [Fact]
    public async Task BlankOwnerGroupIsNotAnOwner()
    {
        var rows = await ImportTestFiles.ReadCsvAsync(Header +
            "customs-edi-mou,pak-aze-jc8,Sign the MoU,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,\n");

        Assert.Single(CommitmentImporter.Interpret(rows).Rows.Single().Commitment!.Owners);
    }

    [Fact]
    public async Task RowsAreLocatedByTheirLineEvenAfterQuotedLineBreaks()
    {
        var rows = await ImportTestFiles.ReadCsvAsync(Header +
            "a-ok,pak-aze-jc8,\"Title over\ntwo lines\",customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,\n" +
            "b-bad,pak-aze-jc8,Title,customs,2026-02-30,FBR,customs.pk@example.org,Asia/Karachi,,,\n");

        var problem = Assert.Single(CommitmentImporter.Interpret(rows).Problems);
        Assert.Equal("line 4", problem.Location);
        Assert.Equal("dueDate", Assert.Single(problem.Errors).Field);
    }

    [Fact]
    public async Task UnknownColumnRejectsTheFileAndNamesTheColumn()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => ImportTestFiles.ReadCsvAsync("id,title,colour\nx,y,z\n"));

        Assert.Contains("unknown column 'colour'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowWithMoreCellsThanTheHeaderIsAnError()
    {
        var rows = await ImportTestFiles.ReadCsvAsync(Header +
            "customs-edi-mou,pak-aze-jc8,Sign the MoU,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,,extra\n");

        var problem = Assert.Single(CommitmentImporter.Interpret(rows).Problems);
        Assert.Contains(problem.Errors, e => e.Message.Contains("12 cells", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuoteNeverClosedRejectsTheFileAndNamesItsLine()
    {
        var ex = await Assert.ThrowsAsync<ImportFileException>(() => ImportTestFiles.ReadCsvAsync(Header +
            "a-ok,pak-aze-jc8,Title,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,\n" +
            "b-bad,pak-aze-jc8,\"Title never closed,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,\n" +
            "c-ok,pak-aze-jc8,Title,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,\n"));

        Assert.Contains("(line 3)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileInALegacyCodePageIsRejectedNamingTheLineNotStoredAsReplacementCharacters()
    {
        // "Baş nazir" in Windows-1254, as a spreadsheet may save "CSV" without saying so.
        var bytes = System.Text.Encoding.UTF8.GetBytes(Header + "a-ok,pak-aze-jc8,Ba")
            .Concat(new byte[] { 0xFE })
            .Concat(System.Text.Encoding.UTF8.GetBytes(" nazir,customs,2026-12-10,FBR,customs.pk@example.org,Asia/Karachi,,,\n"))
            .ToArray();

        var ex = await Assert.ThrowsAsync<ImportFileException>(() => CsvCommitmentReader.ReadAsync(new MemoryStream(bytes)));

        Assert.Contains("line 2 is not UTF-8", ex.Message, StringComparison.Ordinal);
    }
}
