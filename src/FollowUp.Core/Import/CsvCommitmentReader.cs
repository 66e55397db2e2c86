using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace FollowUp.Core.Import;

/// <summary>
/// Reads the CSV form of the import contract: one commitment per line, the scalar fields by name,
/// and owners flattened into numbered columns (<c>owner1.ministry</c>, <c>owner1.email</c>, …)
/// so that a spreadsheet can hold a bilateral commitment on one row. A cell escaped against formula
/// injection (<see cref="CsvFormulaText"/>) is read as the value it protects.
/// </summary>
public static partial class CsvCommitmentReader
{
    /// <exception cref="ImportFileException">The file is not UTF-8, its quoting is malformed, or its header names unknown columns.</exception>
    public static async Task<IReadOnlyList<RawRow>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        // An import file is a commission's list, hundreds of rows: read whole, it can be checked as text first.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        Utf8Check.Ensure(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        buffer.Position = 0;
        try
        {
            return await ReadRowsAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (CsvFormatException ex)
        {
            // Left as it is, a quote never closed swallows every later row into one cell. The message names the line.
            throw new ImportFileException(ex.Message.TrimEnd('.'), ex);
        }
    }

    private static async Task<IReadOnlyList<RawRow>> ReadRowsAsync(Stream stream, CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        await using var csv = CsvReader.Create(stream, options, leaveOpen: true);

        var header = csv.Headers;
        if (header is null || header.Count == 0)
        {
            throw new ImportFileException("the CSV file is empty; expected a header line");
        }

        var columns = MapColumns(header);
        var rows = new List<RawRow>();
        while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var raw = new RawCommitment();
            var owners = new SortedDictionary<int, Dictionary<string, string?>>();
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = i < csv.FieldCount ? csv.GetStringOrNull(i) : null;
                var value = string.IsNullOrWhiteSpace(cell) ? null : CsvFormulaText.Unprotect(cell);
                var column = columns[i];
                if (column.Owner is { } ownerNumber)
                {
                    if (!owners.TryGetValue(ownerNumber, out var owner))
                    {
                        owners[ownerNumber] = owner = new(StringComparer.Ordinal);
                    }

                    owner[column.Field] = value;
                }
                else
                {
                    raw.Fields[column.Field] = value;
                }
            }

            if (csv.FieldCount > columns.Count)
            {
                raw.ShapeErrors.Add(new("(row)", string.Create(
                    CultureInfo.InvariantCulture, $"has {csv.FieldCount} cells but the header names {columns.Count} columns")));
            }

            // An owner whose cells are all blank is an unused column group, not an owner.
            raw.Owners.AddRange(owners.Values.Where(o => o.Values.Any(v => v is not null)));
            rows.Add(new RawRow(string.Create(CultureInfo.InvariantCulture, $"line {csv.LineNumber}"), raw));
        }

        return rows;
    }

    public static string OwnerColumn(int ownerNumber, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"owner{ownerNumber}.{field}");

    private static List<Column> MapColumns(IReadOnlyList<string> header)
    {
        var columns = new List<Column>(header.Count);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!seen.Add(name))
            {
                problems.Add($"column '{name}' appears twice");
                continue;
            }

            if (ImportFields.Scalars.Contains(name))
            {
                columns.Add(new Column(name, null));
                continue;
            }

            var match = OwnerColumnPattern().Match(name);
            if (match.Success && ImportFields.OwnerFields.Contains(match.Groups[2].Value))
            {
                columns.Add(new Column(match.Groups[2].Value, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)));
                continue;
            }

            problems.Add($"unknown column '{name}'");
        }

        if (problems.Count > 0)
        {
            throw new ImportFileException(
                $"line 1 (header): {string.Join("; ", problems)}. Expected {string.Join(", ", ImportFields.Scalars)} and ownerN.{string.Join("/", ImportFields.OwnerFields)}");
        }

        return columns;
    }

    [GeneratedRegex("^owner([1-9][0-9]?)\\.([A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerColumnPattern();

    private sealed record Column(string Field, int? Owner);
}
