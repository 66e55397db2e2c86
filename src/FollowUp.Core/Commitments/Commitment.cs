namespace FollowUp.Core.Commitments;

/// <summary>One thing a commission agreed to do, who answers for it, and where it stands.</summary>
public sealed record Commitment
{
    public const int MaxIdLength = 64;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;

    public required string Id { get; init; }

    /// <summary>The meeting that made the commitment, e.g. <c>pak-aze-jc8</c>.</summary>
    public required string Commission { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string Sector { get; init; }

    public required DateOnly DueDate { get; init; }

    public CommitmentStatus Status { get; init; } = CommitmentStatus.NotStarted;

    /// <summary>Percent complete, 0 to 100.</summary>
    public int Progress { get; init; }

    public required IReadOnlyList<ResponsibleParty> Owners { get; init; }

    /// <summary>Copied on escalated reminders, in addition to the secretariat.</summary>
    public string? EscalationEmail { get; init; }

    /// <summary>Where the commitment was recorded (minutes, communiqué, paragraph).</summary>
    public string? Source { get; init; }

    /// <summary>No reminders are sent before this date.</summary>
    public DateOnly? PausedUntil { get; init; }

    /// <summary>An owner's last report; an import never sets it.</summary>
    public LastUpdate? LastUpdate { get; init; }

    /// <summary>
    /// When an import last set status or progress; <c>null</c> when none has since the commitment was
    /// created, when <see cref="CreatedAt"/> stands for it. A report after this instant is newer than
    /// the secretariat's values, and a re-import keeps it.
    /// </summary>
    public DateTimeOffset? SecretariatSetAt { get; init; }

    /// <summary>When FollowUp first stored the commitment; staleness counts from here until the first update.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The store's concurrency token (an ETag) for the version this instance was read at;
    /// <c>null</c> for a commitment that has not been read from the store.
    /// </summary>
    public string? Version { get; init; }

    public bool IsOpen => Status is not (CommitmentStatus.Completed or CommitmentStatus.Cancelled);

    public ResponsibleParty? FindOwner(string email) =>
        Owners.FirstOrDefault(o => EmailAddresses.AreSame(o.Email, email));
}
