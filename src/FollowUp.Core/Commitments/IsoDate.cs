using System.Globalization;

namespace FollowUp.Core.Commitments;

/// <summary>
/// The one spelling of a calendar date everywhere FollowUp stores or exchanges one (tables, import
/// files, listings, JSON, forms): <c>yyyy-MM-dd</c>, culture-invariant, with no time or zone.
/// </summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateOnly Parse(string value) => DateOnly.ParseExact(value, Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
