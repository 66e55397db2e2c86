using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;

namespace FollowUp.Core.Backup;

/// <summary>
/// One table row as a JSON object in the Table service's own convention: a string, a 32-bit integer
/// or a Boolean as plain JSON; every other type as its value plus a <c>Name@odata.type</c> annotation
/// (Edm.Int64, Edm.Double, Edm.DateTime, Edm.Guid, Edm.Binary), so a restore writes each property
/// back with the type it had. Timestamp and the ETag belong to the service and are not kept.
/// </summary>
internal static class EntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static void Write(Utf8JsonWriter json, TableEntity entity)
    {
        json.WriteStartObject();
        json.WriteString("PartitionKey", entity.PartitionKey);
        json.WriteString("RowKey", entity.RowKey);
        foreach (var (name, value) in entity)
        {
            if (name is "PartitionKey" or "RowKey" or "Timestamp" || name.StartsWith("odata.", StringComparison.Ordinal) || value is null)
            {
                continue;
            }

            WriteProperty(json, name, value);
        }

        json.WriteEndObject();
    }

    /// <exception cref="ExportFormatException">A property is missing, mistyped or not a value its type can hold.</exception>
    public static TableEntity Read(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            throw new ExportFormatException("a row must be a JSON object");
        }

        var entity = new TableEntity(RequiredKey(row, "PartitionKey"), RequiredKey(row, "RowKey"));
        foreach (var property in row.EnumerateObject())
        {
            if (property.Name is "PartitionKey" or "RowKey" || property.Name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var type = row.TryGetProperty(property.Name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            entity[property.Name] = ReadValue(property.Name, type, property.Value);
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string text:
                json.WriteString(name, text);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case long number:
                Annotate(json, name, "Edm.Int64");
                json.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                Annotate(json, name, "Edm.Double");
                if (double.IsFinite(number))
                {
                    json.WriteNumber(name, number);
                }
                else
                {
                    json.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case DateTimeOffset instant:
                Annotate(json, name, "Edm.DateTime");
                json.WriteString(name, instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime instant:
                Annotate(json, name, "Edm.DateTime");
                json.WriteString(name, instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                Annotate(json, name, "Edm.Guid");
                json.WriteString(name, id.ToString("D"));
                break;
            case byte[] bytes:
                Annotate(json, name, "Edm.Binary");
                json.WriteBase64String(name, bytes);
                break;
            case BinaryData bytes:
                Annotate(json, name, "Edm.Binary");
                json.WriteBase64String(name, bytes.ToMemory().Span);
                break;
            default:
                throw new NotSupportedException($"Property {name} holds a {value.GetType().Name}, which Table Storage does not return.");
        }
    }

    private static void Annotate(Utf8JsonWriter json, string name, string type) => json.WriteString(name + TypeSuffix, type);

    private static object ReadValue(string name, string? type, JsonElement value)
    {
        try
        {
            return (type, value.ValueKind) switch
            {
                (null or "Edm.String", JsonValueKind.String) => value.GetString()!,
                (null or "Edm.Int32", JsonValueKind.Number) => value.GetInt32(),
                (null or "Edm.Boolean", JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
                ("Edm.Int64", JsonValueKind.String) => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                ("Edm.Double", JsonValueKind.Number) => value.GetDouble(),
                ("Edm.Double", JsonValueKind.String) => value.GetString() switch
                {
                    "NaN" => double.NaN,
                    "Infinity" => double.PositiveInfinity,
                    "-Infinity" => double.NegativeInfinity,
                    _ => throw new FormatException(),
                },
                ("Edm.DateTime", JsonValueKind.String) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                ("Edm.Guid", JsonValueKind.String) => Guid.ParseExact(value.GetString()!, "D"),
                ("Edm.Binary", JsonValueKind.String) => value.GetBytesFromBase64(),
                _ => throw new ExportFormatException($"property {name}: a JSON {value.ValueKind.ToString().ToLowerInvariant()} cannot be {type ?? "an untyped value"}"),
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidOperationException)
        {
            throw new ExportFormatException($"property {name}: not a valid {type ?? "Edm.Int32"} value");
        }
    }

    private static string RequiredKey(JsonElement row, string name) =>
        row.TryGetProperty(name, out var key) && key.ValueKind == JsonValueKind.String
            ? key.GetString()!
            : throw new ExportFormatException($"the row has no {name} string");
}
