using System.Buffers;
using CsvHelper;

namespace FollowUp.Core.Import;

/// <summary>
/// The one rule for CSV cells a spreadsheet would run as a formula (CSV injection, as OWASP
/// describes it). Written out, a cell that starts with = + - @, a tab or a CR gets an apostrophe in
/// front, which a spreadsheet reads as "this is text"; read back, that apostrophe comes off, so a
/// listing imports back exactly. A value that itself starts with an apostrophe followed by one of
/// those characters, or by another apostrophe, gets one too, so reading never has to guess.
/// </summary>
public static class CsvFormulaText
{
    public const char Escape = '\'';

    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r");

    /// <summary>Whether <paramref name="value"/> is written with <see cref="Escape"/> in front.</summary>
    public static bool NeedsEscape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && (FormulaStart.Contains(value[0]) || IsEscaped(value));
    }

    /// <summary>An escaped cell is also quoted, as OWASP advises, so a spreadsheet takes all of it as text.</summary>
    public static void WriteCell(CsvWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (NeedsEscape(value))
        {
            writer.WriteField(Protect(value), CsvQuoting.Always);
        }
        else
        {
            writer.WriteField(value);
        }
    }

    public static string Protect(string value) => NeedsEscape(value) ? Escape + value : value;

    public static string Unprotect(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return IsEscaped(cell) ? cell[1..] : cell;
    }

    private static bool IsEscaped(string cell) =>
        cell.Length > 1 && cell[0] == Escape && (FormulaStart.Contains(cell[1]) || cell[1] == Escape);
}
