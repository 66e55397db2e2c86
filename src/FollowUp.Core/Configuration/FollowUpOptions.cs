using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Configuration;

/// <summary>
/// Every setting FollowUp reads, bound from the one <c>FollowUp</c> configuration section
/// (<c>FollowUp__Storage__ConnectionString</c> in environment variables and app settings).
/// </summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUp";

    /// <summary>Where update links point: the Functions app's (or local host's) public origin.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>
    /// NCRONTAB schedule of the reminder scan, in UTC (Flex Consumption ignores WEBSITE_TIME_ZONE).
    /// The timer binding reads it as <c>%FollowUp:ScanSchedule%</c>.
    /// </summary>
    [Required]
    public string ScanSchedule { get; set; } = "0 0 * * * *";

    [ValidateObjectMembers]
    public StorageOptions Storage { get; set; } = new();

    [ValidateObjectMembers]
    public EmailOptions Email { get; set; } = new();

    /// <summary>Checked by <see cref="Reminders.RemindersOptionsValidator"/>, the one place its rules live.</summary>
    public RemindersOptions Reminders { get; set; } = new();

    [ValidateObjectMembers]
    public LinksOptions Links { get; set; } = new();
}

[OptionsValidator]
public sealed partial class FollowUpOptionsValidator : IValidateOptions<FollowUpOptions>;
