using FollowUp.Core.Commitments;
using FollowUp.Core.Secretariat.Schedule;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>
/// The schedule's JSON twin: <c>{ "asOf", "until", "scanSchedule", "messages": [ { "kind", "to", "ministry", "timeZone",
/// "atUtc", "atLocal", "localDate", "held", "heldReason", "items": [ { "id", "title", "stage", "stageDate", "escalated" } ] } ],
/// "skipped": [ { "address", "kind", "reason", "commitmentIds" } ] }</c>, in the order the scan would send.
/// </summary>
internal static class ScheduleJson
{
    public static string Schedule(SchedulePlan plan) => OwnerJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("asOf", plan.AsOf);
        w.WriteString("until", plan.Until);
        w.WriteString("scanSchedule", plan.ScanSchedule);
        w.WriteStartArray("messages");
        foreach (var m in plan.Messages)
        {
            w.WriteStartObject();
            w.WriteString("kind", m.Kind.ToString().ToLowerInvariant());
            w.WriteString("to", m.To);
            w.WriteString("ministry", m.Name.Length == 0 ? null : m.Name);
            w.WriteString("timeZone", m.TimeZone);
            w.WriteString("atUtc", m.At);
            w.WriteString("atLocal", ScheduleViews.Local(m));
            w.WriteString("localDate", IsoDate.Format(m.LocalDate));
            w.WriteBoolean("held", m.IsHeld);
            w.WriteString("heldReason", m.HeldBecause is { } h ? h.Reason ?? h.StateName : null);
            w.WriteStartArray("items");
            foreach (var i in m.Items)
            {
                w.WriteStartObject();
                w.WriteString("id", i.CommitmentId);
                w.WriteString("title", i.Title);
                w.WriteString("stage", ScheduleViews.Stage(i.Stage));
                w.WriteString("stageDate", IsoDate.Format(i.StageDate));
                w.WriteBoolean("escalated", i.Escalated);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var s in plan.Skipped)
        {
            w.WriteStartObject();
            w.WriteString("address", s.Address);
            w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
            w.WriteString("reason", s.Reason);
            w.WriteStartArray("commitmentIds");
            foreach (var id in s.CommitmentIds)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
