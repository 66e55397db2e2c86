using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Secretariat;

namespace FollowUp.Web.Secretariat;

/// <summary>One timeline entry as JSON: <c>{ "at", "kind": "update" | "action" | "import" | "reminder" | "delivery", … }</c>.</summary>
internal static class TimelineJson
{
    public static void Write(Utf8JsonWriter w, TimelineEntry entry)
    {
        w.WriteStartObject();
        w.WriteString("at", entry.At);
        switch (entry)
        {
            case TimelineEntry.Reminder r:
                w.WriteString("kind", "reminder");
                w.WriteString("to", r.Sent.To);
                w.WriteString("message", r.Sent.Kind.ToString().ToLowerInvariant());
                w.WriteString("stage", r.Sent.Stage.ToString().ToLowerInvariant());
                w.WriteString("stageDate", IsoDate.Format(r.Sent.StageDate));
                w.WriteString("localDate", IsoDate.Format(r.Sent.LocalDate));
                w.WriteString("state", r.Sent.State);
                w.WriteString("delivery", DeliveryStates.Name(r.Sent.Delivery));
                break;
            case TimelineEntry.Delivery d:
                w.WriteString("kind", "delivery");
                w.WriteString("to", d.Sent.To);
                w.WriteString("message", d.Sent.Kind.ToString().ToLowerInvariant());
                w.WriteString("localDate", IsoDate.Format(d.Sent.LocalDate));
                w.WriteString("event", d.Event.Event);
                w.WriteString("reason", d.Event.Reason);
                w.WriteString("bounceType", d.Event.BounceType);
                break;
            case TimelineEntry.Action a:
                w.WriteString("kind", "action");
                History(w, a.Entry);
                break;
            case TimelineEntry.Import i:
                w.WriteString("kind", "import");
                History(w, i.Entry);
                break;
            case TimelineEntry.Update u:
                w.WriteString("kind", "update");
                History(w, u.Entry);
                break;
        }

        w.WriteEndObject();
    }

    private static void History(Utf8JsonWriter w, ProgressEntry e)
    {
        w.WriteString("by", e.By);
        w.WriteString("oldStatus", e.OldStatus.ToString());
        w.WriteString("newStatus", e.NewStatus.ToString());
        w.WriteNumber("oldProgress", e.OldProgress);
        w.WriteNumber("newProgress", e.NewProgress);
        w.WriteString("note", e.Note);
        w.WriteString("reason", e.Reason);
        w.WriteString("expectedCompletion", e.ExpectedCompletion is { } x ? IsoDate.Format(x) : null);
        w.WriteString("oldDueDate", e.OldDueDate is { } o ? IsoDate.Format(o) : null);
        w.WriteString("newDueDate", e.NewDueDate is { } n ? IsoDate.Format(n) : null);
    }
}
