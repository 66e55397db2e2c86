using System.ComponentModel.DataAnnotations;

namespace FollowUp.Core.Configuration;

/// <summary>
/// How FollowUp reaches Table Storage: a connection string (Azurite, or an account with keys),
/// or a table service URI reached with <c>DefaultAzureCredential</c> (managed identity in Azure).
/// When both are set the URI wins, so that a deployed app never falls back to a shared key.
/// </summary>
public sealed class StorageOptions
{
    public const string LocalConnectionString = "UseDevelopmentStorage=true";

    [Secret]
    public string? ConnectionString { get; set; } = LocalConnectionString;

    [Url]
    public string? TableServiceUri { get; set; }

    /// <summary>
    /// The blob service that holds the backups, reached with the same identity as the tables. Used
    /// when <see cref="TableServiceUri"/> is set; otherwise the connection string serves blobs too
    /// (Azurite's needs a BlobEndpoint, or <c>UseDevelopmentStorage=true</c>).
    /// </summary>
    [Url]
    public string? BlobServiceUri { get; set; }

    /// <summary>The queue service of digest delivery, reached as <see cref="BlobServiceUri"/> is (used when <see cref="TableServiceUri"/> is set).</summary>
    [Url]
    public string? QueueServiceUri { get; set; }

    /// <summary>The blob container that <c>followup export</c> and the backup timer write to.</summary>
    [Required]
    [RegularExpression("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "FollowUp:Storage:BackupContainer is 3-63 lower-case letters, digits and single dashes, starting and ending with a letter or digit.")]
    public string BackupContainer { get; set; } = "followup-backups";

    /// <summary>
    /// Create FollowUp's tables, the backup container and the delivery queues when they are missing:
    /// on for Azurite and a developer's account. Off in Azure (Bicep sets it): the deployment creates
    /// them, and the app's roles, scoped to each table, the container and the queues, do not grant creating one.
    /// </summary>
    public bool CreateIfMissing { get; set; } = true;

    /// <summary>The client id of a user-assigned managed identity; unset for the system identity or a developer login.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Prefixed to every table FollowUp uses (<c>{prefix}Commitments</c>, <c>{prefix}SendLedger</c>,
    /// <c>{prefix}LinkRequests</c>), so that several deployments or test runs can share one account.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,40}$", ErrorMessage = "The table prefix is 1-41 letters and digits, starting with a letter.")]
    public string TablePrefix { get; set; } = "FollowUp";

    public string CommitmentsTable => TablePrefix + "Commitments";

    public string SendLedgerTable => TablePrefix + "SendLedger";

    public string LinkRequestsTable => TablePrefix + "LinkRequests";

    public string SnapshotsTable => TablePrefix + "Snapshots";

    /// <summary>Which open commitments each owner address holds, bucketed for a scan read in shards (<c>Storage/OwnerIndex</c>).</summary>
    public string OwnerIndexTable => TablePrefix + "OwnerIndex";

    /// <summary>One partition per sharded run: each shard's escalated nudges, read once all have reported.</summary>
    public string ScanRunsTable => TablePrefix + "ScanRuns";

    /// <summary>The Data Protection key ring behind the workspace's antiforgery tokens and sessions.</summary>
    public string DataProtectionTable => TablePrefix + "DataProtection";
}
