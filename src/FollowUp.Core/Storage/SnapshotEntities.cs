using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Storage;

/// <summary>
/// The rows of <c>{prefix}Snapshots</c>: a snapshot's commitments in the partition of its name (RowKey
/// the commitment id, the canonical JSON in <c>Data0</c>, <c>Data1</c>, … of at most 32 K characters
/// each, the service's 64 KiB per string property), and its header in the <see cref="IndexPartition"/>
/// (RowKey the name), written last.
/// </summary>
internal static class SnapshotEntities
{
    /// <summary>'~' is never in a snapshot name (a slug), so the index cannot collide with a snapshot's partition.</summary>
    public const string IndexPartition = "~index";

    public const string CreationId = nameof(CreationId);

    private const string DataPrefix = "Data";
    private const int MaxPropertyChars = 32 * 1024;

    public static TableEntity Row(string name, SnapshotCommitment row, string creationId, out int chars)
    {
        var json = SnapshotRowJson.Serialize(row);
        chars = json.Length;
        var entity = new TableEntity(name, row.Id) { [CreationId] = creationId };
        var index = 0;
        for (var start = 0; start < json.Length; index++)
        {
            var length = Math.Min(MaxPropertyChars, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            entity[DataPrefix + index.ToString(CultureInfo.InvariantCulture)] = json.Substring(start, length);
            start += length;
        }

        return entity;
    }

    public static SnapshotCommitment ToRow(TableEntity entity)
    {
        var json = new StringBuilder();
        for (var index = 0; entity.GetString(DataPrefix + index.ToString(CultureInfo.InvariantCulture)) is { } part; index++)
        {
            json.Append(part);
        }

        return SnapshotRowJson.Deserialize(json.ToString());
    }

    public static TableEntity Header(SnapshotHeader header, string creationId) => new(IndexPartition, header.Name)
    {
        [CreationId] = creationId,
        [nameof(SnapshotHeader.Format)] = SnapshotHeader.Format,
        [nameof(SnapshotHeader.AsOf)] = header.AsOf,
        [nameof(SnapshotHeader.CreatedAt)] = header.CreatedAt,
        [nameof(SnapshotHeader.Commitments)] = header.Commitments,
        [nameof(SnapshotHeader.DataSha256)] = header.DataSha256,
        [nameof(SnapshotHeader.Reconstructed)] = header.Reconstructed,
    };

    public static SnapshotHeader ToHeader(TableEntity entity) => new(
        entity.RowKey,
        entity.GetDateTimeOffset(nameof(SnapshotHeader.AsOf)) ?? throw new FormatException($"Snapshot {entity.RowKey} has no AsOf."),
        entity.GetDateTimeOffset(nameof(SnapshotHeader.CreatedAt)) ?? throw new FormatException($"Snapshot {entity.RowKey} has no CreatedAt."),
        entity.GetInt32(nameof(SnapshotHeader.Commitments)) ?? 0,
        entity.GetString(nameof(SnapshotHeader.DataSha256)) ?? "",
        entity.GetBoolean(nameof(SnapshotHeader.Reconstructed)) ?? false);
}
