using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUp.Core.Snapshots;

/// <summary>
/// The canonical form of a snapshot row: compact JSON, camelCase members in declaration order, enums
/// by name, dates as <c>yyyy-MM-dd</c>, instants in UTC (ISO 8601), non-ASCII letters as they are.
/// It is both what the table stores and what <see cref="SnapshotHash"/> hashes.
/// </summary>
public static class SnapshotRowJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(SnapshotCommitment row) => JsonSerializer.Serialize(row, Options);

    /// <exception cref="JsonException">The text is not a snapshot row.</exception>
    public static SnapshotCommitment Deserialize(string json) =>
        JsonSerializer.Deserialize<SnapshotCommitment>(json, Options) ?? throw new JsonException("A snapshot row is null.");
}
