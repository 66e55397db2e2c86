using System.Buffers;
using System.Globalization;

namespace FollowUp.Core.Backup;

/// <summary>
/// Splits a decompressed export into lines of UTF-8 bytes, holding one line at a time and never
/// more than <see cref="ExportFormat.MaxLineChars"/> bytes of it, so a damaged file cannot make a
/// reader hold all of it.
/// </summary>
internal sealed class ExportLineReader(Stream source)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new(64 * 1024);
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The number of the line last returned, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line without its <c>\n</c>, or false at the end of the data.</summary>
    /// <exception cref="ExportFormatException">The line is too long, or the data ends inside it.</exception>
    public async ValueTask<bool> NextAsync(CancellationToken cancellationToken)
    {
        _line.ResetWrittenCount();
        while (true)
        {
            var newLine = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var take = newLine < 0 ? _end - _start : newLine - _start;
            if (_line.WrittenCount + take > ExportFormat.MaxLineChars)
            {
                throw new ExportFormatException(Invariant($"line {LineNumber + 1} is longer than any row can be: this is not a FollowUp export, or it is damaged"));
            }

            _line.Write(_buffer.AsSpan(_start, take));
            if (newLine >= 0)
            {
                _start = newLine + 1;
                LineNumber++;
                return true;
            }

            _start = _end = 0;
            if (_eof || (_end = await ReadAsync(cancellationToken).ConfigureAwait(false)) == 0)
            {
                _eof = true;
                if (_line.WrittenCount > 0)
                {
                    throw new ExportFormatException(Invariant($"line {LineNumber + 1} is cut short (the data ends inside it): the export is truncated"));
                }

                return false;
            }
        }
    }

    /// <summary>The line <see cref="NextAsync"/> last returned.</summary>
    public ReadOnlyMemory<byte> Current => _line.WrittenMemory;

    private async ValueTask<int> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // The decompressor's message describes its internals, not anything an operator can act on.
            throw new ExportFormatException(Invariant($"the compressed data is damaged after line {LineNumber}: this is not a gzip file, or it was altered"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
