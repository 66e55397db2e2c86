using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace FollowUp.Core.Backup;

/// <summary>
/// Reads an export line by line and checks it as it goes: the header first, each table's rows
/// between its start and end lines with the count the end line states, the tables the header
/// announced, and a manifest whose counts and hash match what came before it, at the very end.
/// Any departure is an <see cref="ExportFormatException"/> naming the line.
/// </summary>
internal static class ExportReader
{
    public static async IAsyncEnumerable<ExportRecord> ReadAsync(Stream compressed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        await using (gzip.ConfigureAwait(false))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var lines = new ExportLineReader(gzip);
            var state = new ExportReadState();
            while (await lines.NextAsync(cancellationToken).ConfigureAwait(false))
            {
                var number = lines.LineNumber;
                ExportRecord record;
                try
                {
                    using var json = Parse(lines.Current);
                    record = state.Accept(number, json.RootElement, lines.Current.Length, hash);
                }
                catch (ExportFormatException ex)
                {
                    throw new ExportFormatException(Invariant($"line {number}: {ex.Message}"));
                }

                hash.AppendData(lines.Current.Span);
                hash.AppendData("\n"u8);
                yield return record;
            }

            if (!state.Finished)
            {
                throw new ExportFormatException(Invariant(
                    $"the export ends after line {lines.LineNumber} without its manifest line: it is truncated"));
            }
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> line)
    {
        try
        {
            return JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            // Not the parser's message: it can quote the data.
            throw new ExportFormatException("not a JSON object (the line is damaged)");
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
