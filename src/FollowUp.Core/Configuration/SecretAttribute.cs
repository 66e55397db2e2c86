namespace FollowUp.Core.Configuration;

/// <summary>
/// Marks an option whose value is a credential: tools that show the configuration (followup doctor)
/// say only whether it is set and where it came from, never the value.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SecretAttribute : Attribute;
