using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FollowUp.Core.Secretariat;
using FollowUp.Core.Secretariat.Owners;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>
/// A ministry's JSON twin: <c>{ "email", "ministry", "country", "timeZone", "delivery", "lastUpdate": { "at", "by", "note", "commitmentId" } | null, "total", "commitments": [ … ] }</c>,
/// each commitment in the list's own shape.
/// </summary>
internal static class OwnerJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Owner(OwnerFacts facts) => Write(w =>
    {
        var owner = facts.Owner;
        w.WriteStartObject();
        w.WriteString("at", facts.At);
        w.WriteString("email", owner.Email);
        w.WriteString("ministry", owner.Ministry);
        w.WriteString("country", owner.Country);
        w.WriteString("timeZone", owner.TimeZone);
        w.WritePropertyName("delivery");
        SecretariatJson.Delivery(w, facts.Contact);
        if (facts.LastUpdate is { } u)
        {
            w.WriteStartObject("lastUpdate");
            w.WriteString("at", u.At);
            w.WriteString("by", u.By);
            w.WriteString("note", u.Note);
            w.WriteString("commitmentId", facts.LastUpdateCommitmentId);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("lastUpdate");
        }

        // The list's own writer, so a commitment reads the same on both routes.
        using var list = JsonDocument.Parse(SecretariatJson.List(new ListOutcome.Listed(CommitmentFilter.All, facts.At, facts.Commitments)));
        foreach (var property in list.RootElement.EnumerateObject())
        {
            property.WriteTo(w);
        }

        w.WriteEndObject();
    });

    internal static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
