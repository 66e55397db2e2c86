using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FollowUp.Core.Import;
using FollowUp.Core.Secretariat.Uploads;

namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>
/// The import's JSON twin: <c>{ "binding", "applied", "rows": [ { "location", "id", "change", "fields": [ { "field", "before", "after" } ], "kept" } ] }</c>,
/// or <c>{ "errors": [ { "location", "id", "field", "message" } ] }</c>.
/// </summary>
internal static class ImportJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Changes(IReadOnlyList<RowChange> changes, string? binding, bool applied) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("binding", binding);
        w.WriteBoolean("applied", applied);
        w.WriteStartArray("rows");
        foreach (var row in changes)
        {
            w.WriteStartObject();
            w.WriteString("location", row.Location);
            w.WriteString("id", row.Id);
            w.WriteString("change", row.Kind.ToString().ToLowerInvariant());
            w.WriteStartArray("fields");
            foreach (var field in row.Kind == RowChangeKind.Unchanged ? [] : row.Fields)
            {
                w.WriteStartObject();
                w.WriteString("field", field.Field);
                w.WriteString("before", field.Before);
                w.WriteString("after", field.After);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("kept", row.Kept);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Problems(IReadOnlyList<RowProblem> problems) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("errors");
        foreach (var problem in problems)
        {
            foreach (var error in problem.Errors)
            {
                w.WriteStartObject();
                w.WriteString("location", problem.Location);
                w.WriteString("id", problem.Id);
                w.WriteString("field", error.Field);
                w.WriteString("message", error.Message);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
