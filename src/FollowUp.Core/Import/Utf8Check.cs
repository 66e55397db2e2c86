using System.Globalization;
using System.Text.Unicode;

namespace FollowUp.Core.Import;

/// <summary>
/// Refuses a file that is not UTF-8 instead of reading its bytes as replacement characters: a
/// spreadsheet that saved "CSV" in a legacy code page would otherwise store every ə and ş as �.
/// </summary>
internal static class Utf8Check
{
    /// <exception cref="ImportFileException">The bytes are not UTF-8; the message names the line.</exception>
    public static void Ensure(ReadOnlySpan<byte> bytes)
    {
        // A UTF-16 or UTF-32 byte order mark says what the text is, and the CSV reader honours it.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || Utf8.IsValid(bytes))
        {
            return;
        }

        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var validBytes, out _, replaceInvalidSequences: false);
        var line = bytes[..validBytes].Count((byte)'\n') + 1;
        throw new ImportFileException(string.Create(
            CultureInfo.InvariantCulture,
            $"line {line} is not UTF-8 text (byte {validBytes + 1}); save the file as \"CSV UTF-8\" and import it again"));
    }
}
