namespace FollowUp.Core.Secretariat.Uploads;

/// <summary>One field a row would change: its import-contract name, the stored value and the file's.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
