using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FollowUp.Core.Commitments;

namespace FollowUp.Web.Updates;

/// <summary>The JSON twin of the pages: the same facts, the same errors, camelCase names.</summary>
internal static class ProgressJson
{
    // Letters of every script stay readable; markup characters are still escaped, so a JSON body
    // sniffed or framed as HTML carries no live tag.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Commitment(Commitment commitment, IReadOnlyList<ProgressEntry> history) =>
        Write(w => WriteCommitment(w, commitment, history));

    /// <summary><c>{ "errors": [ { "field", "message" } ], "current"?: {...}, "freshLinkUrl"?: "..." }</c></summary>
    public static string Errors(
        IEnumerable<ValidationError> errors,
        (Commitment Commitment, IReadOnlyList<ProgressEntry> History)? current = null,
        string? freshLinkUrl = null) =>
        Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            foreach (var error in errors)
            {
                w.WriteStartObject();
                w.WriteString("field", error.Field.Length == 0 ? null : error.Field);
                w.WriteString("message", error.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (current is { } c)
            {
                w.WritePropertyName("current");
                WriteCommitment(w, c.Commitment, c.History);
            }

            if (freshLinkUrl is not null)
            {
                w.WriteString("freshLinkUrl", freshLinkUrl);
            }

            w.WriteEndObject();
        });

    public static string Message(string message) =>
        Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteEndObject();
        });

    private static void WriteCommitment(Utf8JsonWriter w, Commitment c, IReadOnlyList<ProgressEntry> history)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("commission", c.Commission);
        w.WriteString("dueDate", IsoDate.Format(c.DueDate));
        w.WriteString("status", c.Status.ToString());
        w.WriteNumber("progress", c.Progress);
        w.WriteStartArray("owners");
        foreach (var owner in c.Owners)
        {
            w.WriteStartObject();
            w.WriteString("ministry", owner.Ministry);
            w.WriteString("role", owner.Role.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("version", c.Version);
        w.WriteStartArray("history");
        foreach (var entry in history)
        {
            w.WriteStartObject();
            w.WriteString("at", entry.At);
            w.WriteString("by", ProgressViews.ReporterOf(c, entry));
            w.WriteString("oldStatus", entry.OldStatus.ToString());
            w.WriteString("newStatus", entry.NewStatus.ToString());
            w.WriteNumber("oldProgress", entry.OldProgress);
            w.WriteNumber("newProgress", entry.NewProgress);
            w.WriteString("note", entry.Note);
            w.WriteString("expectedCompletion", entry.ExpectedCompletion is { } d ? IsoDate.Format(d) : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
