using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Data.Tables;

namespace FollowUp.Core.Backup;

/// <summary>Writes the lines of an export (<see cref="ExportFormat"/>) to a stream, keeping the hash and the counts the manifest states.</summary>
internal sealed class ExportWriter(Stream destination) : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    // Not HTML: nothing renders an export, so non-ASCII text (Urdu, Azerbaijani) is kept as UTF-8, not as \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _line = new(64 * 1024);
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);

    public Task WriteHeaderAsync(ExportHeader header, CancellationToken cancellationToken) => WriteLineAsync(json =>
    {
        json.WriteNumber("followUpExport", header.Version);
        json.WriteString("prefix", header.Prefix);
        json.WriteStartArray("tables");
        foreach (var table in header.Tables)
        {
            json.WriteStringValue(table);
        }

        json.WriteEndArray();
        json.WriteString("startedAt", header.StartedAt);
        json.WriteNumber("retentionDays", header.RetentionDays);
    }, cancellationToken);

    public Task BeginTableAsync(string table, CancellationToken cancellationToken)
    {
        _rows[table] = 0;
        return WriteLineAsync(json => json.WriteString("table", table), cancellationToken);
    }

    public Task WriteRowAsync(string table, TableEntity entity, CancellationToken cancellationToken)
    {
        _rows[table]++;
        return WriteLineAsync(json =>
        {
            json.WritePropertyName("row");
            EntityJson.Write(json, entity);
        }, cancellationToken);
    }

    public Task EndTableAsync(string table, CancellationToken cancellationToken) => WriteLineAsync(json =>
    {
        json.WriteString("end", table);
        json.WriteNumber("rows", _rows[table]);
    }, cancellationToken);

    /// <summary>Writes the closing line: the counts of every table written and the hash of every line before it.</summary>
    public async Task<ExportManifest> WriteManifestAsync(string prefix, DateTimeOffset startedAt, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        var manifest = new ExportManifest(ExportFormat.Version, prefix, new Dictionary<string, long>(_rows, StringComparer.Ordinal), startedAt, finishedAt,
            Convert.ToHexStringLower(_hash.GetHashAndReset()));
        await WriteLineAsync(json =>
        {
            json.WriteStartObject("manifest");
            json.WriteNumber("version", manifest.Version);
            json.WriteString("prefix", manifest.Prefix);
            json.WriteStartObject("rows");
            foreach (var (table, rows) in manifest.Rows)
            {
                json.WriteNumber(table, rows);
            }

            json.WriteEndObject();
            json.WriteString("startedAt", manifest.StartedAt);
            json.WriteString("finishedAt", manifest.FinishedAt);
            json.WriteString("sha256", manifest.Sha256);
            json.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    public void Dispose() => _hash.Dispose();

    private async Task WriteLineAsync(Action<Utf8JsonWriter> body, CancellationToken cancellationToken)
    {
        _line.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_line, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        _line.Write(NewLine);
        _hash.AppendData(_line.WrittenSpan);
        await destination.WriteAsync(_line.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }
}
