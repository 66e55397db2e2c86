using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Secretariat;

namespace FollowUp.Web.Secretariat;

/// <summary>The JSON twins of the workspace's pages: the same facts, camelCase names, markup characters escaped.</summary>
internal static class SecretariatJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Errors(IEnumerable<ValidationError> errors, Action<Utf8JsonWriter>? current = null) => Write(w =>
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
        if (current is not null)
        {
            w.WritePropertyName("current");
            current(w);
        }

        w.WriteEndObject();
    });

    public static string Overview(OverviewCounts counts, SecretariatUrls urls) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("at", counts.At);
        w.WriteNumber("total", counts.Total);
        w.WriteNumber("staleAfterDays", counts.StaleAfterDays);
        Lines(w, "byStatus", counts.ByStatus, urls);
        Lines(w, "byCountry", counts.ByCountry, urls);
        Lines(w, "overdueByAge", counts.OverdueByAge, urls);
        Lines(w, "dueSoon", counts.DueSoon, urls);
        w.WritePropertyName("silentOwners");
        Line(w, counts.SilentOwners, urls);
        w.WritePropertyName("openEscalations");
        Line(w, counts.OpenEscalations, urls);
        w.WritePropertyName("undeliverableContacts");
        Line(w, counts.UndeliverableContacts, urls);
        w.WriteEndObject();
    });

    public static string List(ListOutcome.Listed listed) => Encoding.UTF8.GetString(ListUtf8(listed));

    /// <summary>
    /// <c>{ "total", "commitments": [ … ] }</c>: every match, or for a paged listing that page's rows
    /// with <c>page</c>, <c>pageSize</c> and <c>pages</c>; <c>total</c> is always every match.
    /// </summary>
    public static byte[] ListUtf8(ListOutcome.Listed listed) => WriteUtf8(w =>
    {
        ArgumentNullException.ThrowIfNull(listed);
        var paging = listed.Paging;
        w.WriteStartObject();
        w.WriteNumber("total", listed.Total);
        if (paging is not null)
        {
            w.WriteNumber("page", paging.Page);
            w.WriteNumber("pageSize", paging.PageSize);
            w.WriteNumber("pages", paging.PageCount(listed.Total));
        }

        w.WriteStartArray("commitments");
        foreach (var row in listed.Commitments)
        {
            w.WriteStartObject();
            Fields(w, row.Facts);
            w.WriteNumber("remindersSent", row.RemindersSent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static string Commitment(DetailOutcome.Found found) => Write(w => CommitmentObject(w, found));

    public static void CommitmentObject(Utf8JsonWriter w, DetailOutcome.Found found)
    {
        var c = found.Facts.Commitment;
        w.WriteStartObject();
        Fields(w, found.Facts);
        w.WriteString("description", c.Description);
        w.WriteString("source", c.Source);
        w.WriteString("escalationEmail", c.EscalationEmail);
        w.WriteString("pausedUntil", c.PausedUntil is { } p ? IsoDate.Format(p) : null);
        w.WriteBoolean("overdue", found.Facts.IsOverdue);
        w.WriteBoolean("silent", found.Facts.IsSilent);
        w.WriteBoolean("escalated", found.Facts.IsEscalated);
        w.WriteString("version", c.Version);
        w.WriteStartArray("timeline");
        foreach (var entry in found.Timeline)
        {
            TimelineJson.Write(w, entry);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter w, CommitmentFacts facts)
    {
        var c = facts.Commitment;
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("commission", c.Commission);
        w.WriteString("sector", c.Sector);
        w.WriteString("dueDate", IsoDate.Format(c.DueDate));
        w.WriteString("status", c.Status.ToString());
        w.WriteNumber("progress", c.Progress);
        w.WriteNumber("daysOverdue", facts.DaysOverdue);
        if (c.LastUpdate is { } u)
        {
            w.WriteStartObject("lastUpdate");
            w.WriteString("at", u.At);
            w.WriteString("by", u.By);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("lastUpdate");
        }

        w.WriteStartArray("owners");
        foreach (var (o, health) in c.Owners.Zip(facts.Contacts))
        {
            w.WriteStartObject();
            w.WriteString("ministry", o.Ministry);
            w.WriteString("email", o.Email);
            w.WriteString("country", o.Country);
            w.WriteString("role", StatusLabels.For(o.Role));
            w.WriteString("timeZone", o.TimeZone);
            w.WritePropertyName("delivery");
            Delivery(w, health);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary><c>{ "state": "ok" | "bounced" | "dropped" | "spam" | "unknown", "undeliverable", "reason", "since", "lastEvent", "lastEventAt" }</c>.</summary>
    public static void Delivery(Utf8JsonWriter w, ContactHealth health)
    {
        w.WriteStartObject();
        w.WriteString("state", health.StateName);
        w.WriteBoolean("undeliverable", health.IsUndeliverable);
        w.WriteString("reason", health.Reason);
        if (health.Since is { } since)
        {
            w.WriteString("since", since);
        }
        else
        {
            w.WriteNull("since");
        }

        w.WriteString("lastEvent", health.LastEvent);
        if (health.LastEventAt is { } last)
        {
            w.WriteString("lastEventAt", last);
        }
        else
        {
            w.WriteNull("lastEventAt");
        }

        w.WriteEndObject();
    }

    private static void Lines(Utf8JsonWriter w, string name, IReadOnlyList<CountLine> lines, SecretariatUrls urls)
    {
        w.WriteStartArray(name);
        foreach (var line in lines)
        {
            Line(w, line, urls);
        }

        w.WriteEndArray();
    }

    private static void Line(Utf8JsonWriter w, CountLine line, SecretariatUrls urls)
    {
        w.WriteStartObject();
        w.WriteString("label", line.Label);
        w.WriteNumber("count", line.Count);
        w.WriteString("url", line.Filter is { } f ? urls.List(f) : null);
        w.WriteEndObject();
    }

    internal static string Write(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetString(Buffer(write).WrittenSpan);

    private static byte[] WriteUtf8(Action<Utf8JsonWriter> write) => Buffer(write).WrittenSpan.ToArray();

    private static ArrayBufferWriter<byte> Buffer(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer;
    }
}
