namespace FollowUp.Core.Secretariat;

/// <summary>
/// An Admin's status action as sent: <see cref="Action"/> is <c>pause</c> (with <see cref="Until"/>),
/// <c>cancel</c>, <c>complete</c> or <c>reopen</c>; <see cref="Version"/> is the version the page showed.
/// </summary>
/// <param name="By">The signed-in person, recorded in the history line.</param>
public sealed record StatusChange(string? Version, string? Action, string? Until, string? Reason, string By)
{
    public const string VersionField = "version";
    public const string ActionField = "action";
    public const string UntilField = "until";
    public const string ReasonField = "reason";
    public const int MaxReasonLength = 2000;
}
