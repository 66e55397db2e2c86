namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>One snapshot in the list.</summary>
internal sealed record SnapshotRow(string Name, string AsOfIso, string AsOfLabel, string CreatedIso, string CreatedLabel, int Commitments, string DataSha256, bool Reconstructed);
