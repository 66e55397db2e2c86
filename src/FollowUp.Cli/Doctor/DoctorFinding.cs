namespace FollowUp.Cli.Doctor;

/// <summary>A problem <c>followup doctor</c> found: what is wrong and how to fix it. Serious ones make it exit 1.</summary>
public sealed record DoctorFinding(bool Serious, string Problem, string Fix);
