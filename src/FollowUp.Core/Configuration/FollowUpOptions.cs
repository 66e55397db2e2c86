using System.ComponentModel.DataAnnotations;
using FollowUp.Core.Secretariat;
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

    /// <summary>
    /// NCRONTAB schedule, in UTC, of the export of every FollowUp table to the backup container.
    /// The timer binding reads it as <c>%FollowUp:BackupSchedule%</c>. Daily at 02:30 by default.
    /// </summary>
    [Required]
    public string BackupSchedule { get; set; } = "0 30 2 * * *";

    /// <summary>
    /// Days a backup is kept. The storage account's lifecycle rule deletes older ones (infra sets both
    /// from one parameter); each export records it in its manifest so a reader knows how long it lives.
    /// </summary>
    [Range(1, 3650)]
    public int BackupRetentionDays { get; set; } = 35;

    [ValidateObjectMembers]
    public StorageOptions Storage { get; set; } = new();

    [ValidateObjectMembers]
    public EmailOptions Email { get; set; } = new();

    /// <summary>Checked by <see cref="Reminders.RemindersOptionsValidator"/>, the one place its rules live.</summary>
    public RemindersOptions Reminders { get; set; } = new();

    [ValidateObjectMembers]
    public LinksOptions Links { get; set; } = new();

    public SecretariatOptions Secretariat { get; set; } = new();

    [ValidateObjectMembers]
    public Queues.QueuesOptions Queues { get; set; } = new();
}

[OptionsValidator]
public sealed partial class FollowUpOptionsValidator : IValidateOptions<FollowUpOptions>;
