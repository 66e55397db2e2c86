namespace FollowUp.Cli.Doctor;

/// <summary>One setting as the app would use it: its configuration path, its value (null when unset) and whether it is a secret.</summary>
public sealed record EffectiveSetting(string Path, string? Value, bool IsSecret);
