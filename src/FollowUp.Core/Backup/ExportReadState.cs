using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace FollowUp.Core.Backup;

/// <summary>Where a reader is in an export, and the one rule for which line may come next.</summary>
internal sealed class ExportReadState
{
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private ExportHeader? _header;
    private string? _table;
    private long _tableRows;

    public bool Finished { get; private set; }

    public ExportRecord Accept(long line, JsonElement json, int bytes, IncrementalHash hashSoFar)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new ExportFormatException("not a JSON object");
        }

        if (Finished)
        {
            throw new ExportFormatException("there is data after the manifest line, which must be the last");
        }

        if (_header is null)
        {
            _header = ReadHeader(json);
            return new ExportRecord.Header(line, _header);
        }

        if (json.TryGetProperty("row", out var row))
        {
            var table = _table ?? throw new ExportFormatException("a row outside any table");
            var entity = EntityJson.Read(row);
            _tableRows++;
            return new ExportRecord.Row(line, table, entity, bytes);
        }

        if (json.TryGetProperty("table", out var start))
        {
            return Begin(line, start.ValueKind == JsonValueKind.String ? start.GetString()! : throw new ExportFormatException("a table's name must be a string"));
        }

        if (json.TryGetProperty("end", out var end))
        {
            var name = end.ValueKind == JsonValueKind.String ? end.GetString() : null;
            return End(line, name, json.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Number && rows.TryGetInt64(out var count) ? count : -1);
        }

        if (json.TryGetProperty("manifest", out var manifest))
        {
            return Finish(line, manifest, Convert.ToHexStringLower(hashSoFar.GetCurrentHash()));
        }

        throw new ExportFormatException("not a line an export has (expected a row, a table's start or end, or the manifest)");
    }

    private ExportRecord.TableStart Begin(long line, string table)
    {
        if (_table is not null)
        {
            throw new ExportFormatException($"table {_table} has no end line before the next table starts");
        }

        if (!_header!.Tables.Contains(table, StringComparer.Ordinal) || _rows.ContainsKey(table))
        {
            throw new ExportFormatException($"table {table} is not announced in the header, or comes twice");
        }

        _table = table;
        _tableRows = 0;
        return new ExportRecord.TableStart(line, table);
    }

    private ExportRecord.TableEnd End(long line, string? table, long stated)
    {
        if (_table is null || table is null || table != _table)
        {
            throw new ExportFormatException($"an end line for table {table} where none is open");
        }

        if (stated != _tableRows)
        {
            throw new ExportFormatException(Invariant($"table {table} states {stated} rows, but {_tableRows} came before its end line"));
        }

        _rows[table] = _tableRows;
        _table = null;
        return new ExportRecord.TableEnd(line, table, stated);
    }

    private ExportRecord.Manifest Finish(long line, JsonElement manifest, string hash)
    {
        if (_table is not null)
        {
            throw new ExportFormatException($"the manifest comes before table {_table} ends");
        }

        var missing = _header!.Tables.Where(t => !_rows.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new ExportFormatException($"the header announced {string.Join(", ", missing)}, which never came");
        }

        var value = ReadManifest(manifest);
        if (value.Rows.Count != _rows.Count || value.Rows.Any(r => !_rows.TryGetValue(r.Key, out var read) || read != r.Value))
        {
            throw new ExportFormatException("the manifest's row counts are not the rows the export holds");
        }

        if (!string.Equals(value.Sha256, hash, StringComparison.Ordinal))
        {
            throw new ExportFormatException("the lines before the manifest are not the ones it was written after (their SHA-256 differs): the export was altered");
        }

        Finished = true;
        return new ExportRecord.Manifest(line, value);
    }

    private static ExportHeader ReadHeader(JsonElement json)
    {
        if (!json.TryGetProperty("followUpExport", out var version) || !version.TryGetInt32(out var number))
        {
            throw new ExportFormatException("this is not a FollowUp export (its first line has no followUpExport version)");
        }

        if (number != ExportFormat.Version)
        {
            throw new ExportFormatException(Invariant($"this export is format version {number}; this version of FollowUp reads version {ExportFormat.Version}"));
        }

        try
        {
            var prefix = json.GetProperty("prefix").GetString()!;
            var tables = json.GetProperty("tables").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
            if (tables.Any(t => !ExportFormat.IsTableSuffix(prefix, t)) || tables.Distinct(StringComparer.Ordinal).Count() != tables.Count)
            {
                throw new ExportFormatException("the header names a table that cannot exist, or names one twice");
            }

            return new ExportHeader(number, prefix, tables, json.GetProperty("startedAt").GetDateTimeOffset(), json.GetProperty("retentionDays").GetInt32());
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ExportFormatException("the header lacks the prefix, the tables, startedAt or retentionDays, or one of them is mistyped");
        }
    }

    private static ExportManifest ReadManifest(JsonElement json)
    {
        try
        {
            var rows = json.GetProperty("rows").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);
            return new ExportManifest(json.GetProperty("version").GetInt32(), json.GetProperty("prefix").GetString()!, rows,
                json.GetProperty("startedAt").GetDateTimeOffset(), json.GetProperty("finishedAt").GetDateTimeOffset(), json.GetProperty("sha256").GetString()!);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new ExportFormatException("the manifest lacks its version, rows, times or sha256, or one of them is mistyped");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
