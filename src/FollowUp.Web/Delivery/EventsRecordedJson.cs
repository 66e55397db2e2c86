namespace FollowUp.Web.Delivery;

/// <summary>The webhook's answer once a batch is stored: counts only, never an address.</summary>
public sealed record EventsRecordedJson(int Recorded, int Matched, int Unmatched);
