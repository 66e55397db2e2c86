namespace FollowUp.Web.Secretariat.Owners;

/// <summary>What goes out next: per owner (and per copied address), each planned send in their time and in UTC.</summary>
internal sealed record SchedulePageModel(
    string AsOfIso,
    string AsOfLabel,
    string UntilLabel,
    string ScanSchedule,
    int Sends,
    int Held,
    IReadOnlyList<ScheduleOwnerView> Owners,
    IReadOnlyList<ScheduleOwnerView> Escalations,
    IReadOnlyList<string> Skipped);
