using Azure.Data.Tables;

namespace FollowUp.Core.Backup;

/// <summary>One line of an export as read and checked, with its number in the file.</summary>
internal abstract record ExportRecord(long Line)
{
    public sealed record Header(long Line, ExportHeader Value) : ExportRecord(Line);

    public sealed record TableStart(long Line, string Table) : ExportRecord(Line);

    /// <param name="Bytes">The row's length in the export, close to what it costs in a transaction.</param>
    public sealed record Row(long Line, string Table, TableEntity Entity, int Bytes) : ExportRecord(Line);

    public sealed record TableEnd(long Line, string Table, long Rows) : ExportRecord(Line);

    public sealed record Manifest(long Line, ExportManifest Value) : ExportRecord(Line);
}
