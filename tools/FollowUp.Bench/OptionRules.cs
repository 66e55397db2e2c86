using System.CommandLine;
using System.Globalization;

namespace FollowUp.Bench;

/// <summary>Range checks on a benchmark's options, so that a bad size is refused with the option's name before anything is seeded.</summary>
public static class OptionRules
{
    public static void AtLeast(Option<int> option, int minimum)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}."));
            }
        });
    }

    public static void Fraction(Option<double> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError($"{option.Name} must be between 0 and 1.");
            }
        });
    }

    /// <summary>Lets <paramref name="option"/> take only what <paramref name="accepts"/> says, naming the option and the value otherwise.</summary>
    public static void Matches(Option<string?> option, Func<string, bool> accepts, string expected)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(accepts);
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !accepts(value))
            {
                result.AddError($"{option.Name} takes {expected}; '{value}' is not that.");
            }
        });
    }
}
