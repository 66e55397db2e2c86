using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Intake;

/// <summary>A sector needs a name a commitment can carry and at least one word that points to it.</summary>
public sealed class IntakeOptionsValidator : IValidateOptions<IntakeOptions>
{
    private const int MaxSectorLength = 64;

    public ValidateOptionsResult Validate(string? name, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.FallbackSector) || options.FallbackSector.Length > MaxSectorLength)
        {
            failures.Add($"{IntakeOptions.SectionName}:FallbackSector must be 1 to {MaxSectorLength} characters.");
        }

        for (var i = 0; i < options.Sectors.Count; i++)
        {
            var sector = options.Sectors[i];
            if (string.IsNullOrWhiteSpace(sector.Name) || sector.Name.Length > MaxSectorLength)
            {
                failures.Add($"{IntakeOptions.SectionName}:Sectors:{i}:Name must be 1 to {MaxSectorLength} characters.");
            }

            if (!sector.Keywords.Any(k => !string.IsNullOrWhiteSpace(k)))
            {
                failures.Add($"{IntakeOptions.SectionName}:Sectors:{i}:Keywords needs at least one word (sector '{sector.Name}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
