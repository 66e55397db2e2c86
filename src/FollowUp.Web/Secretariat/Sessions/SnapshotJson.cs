using System.Text.Json;
using FollowUp.Core.Snapshots;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The snapshots page's JSON twin: <c>{ "snapshots": [ { "name", "asOf", "createdAt", "commitments", "dataSha256", "reconstructed" } ] }</c>.</summary>
internal static class SnapshotJson
{
    public static string List(IReadOnlyList<SnapshotHeader> snapshots) => SecretariatJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("snapshots");
        foreach (var header in snapshots)
        {
            Snapshot(w, header);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string One(SnapshotHeader header) => SecretariatJson.Write(w => Snapshot(w, header));

    private static void Snapshot(Utf8JsonWriter w, SnapshotHeader header)
    {
        w.WriteStartObject();
        w.WriteString("name", header.Name);
        w.WriteString("asOf", SecretariatViews.Iso(header.AsOf));
        w.WriteString("createdAt", SecretariatViews.Iso(header.CreatedAt));
        w.WriteNumber("commitments", header.Commitments);
        w.WriteString("dataSha256", header.DataSha256);
        w.WriteBoolean("reconstructed", header.Reconstructed);
        w.WriteEndObject();
    }
}
