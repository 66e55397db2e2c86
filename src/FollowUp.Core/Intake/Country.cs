namespace FollowUp.Core.Intake;

/// <summary>A party a commission's text can name, the words that name it, and its capital's IANA time zone.</summary>
public sealed record Country(string Name, string TimeZone, IReadOnlyList<string> Names);
