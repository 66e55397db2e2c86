using System.Globalization;

namespace FollowUp.Core.Reports;

/// <summary>A country code as the report prints it: its English name with the code, or the code alone.</summary>
public static class CountryNames
{
    public static string Label(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        try
        {
            return $"{new RegionInfo(code).EnglishName} ({code})";
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
