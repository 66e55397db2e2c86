using FollowUp.Core.Commitments;

namespace FollowUp.Web.Updates.Views;

/// <summary>Everything the progress page shows, already formatted; the template only places and encodes it.</summary>
internal sealed record ProgressPageModel
{
    public required string Title { get; init; }
    public required string Commission { get; init; }
    public required string DueIso { get; init; }
    public required string DueLabel { get; init; }
    public required bool Overdue { get; init; }
    public required string StatusLabel { get; init; }
    public required int Progress { get; init; }
    public required string YourMinistry { get; init; }
    public required IReadOnlyList<OwnerView> Others { get; init; }
    public required IReadOnlyList<HistoryView> History { get; init; }
    public required string TimeZone { get; init; }
    public required string FormUrl { get; init; }
    public IReadOnlyList<StatusOption> StatusOptions { get; init; } = [];
    public FormValues? Form { get; init; }
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>Each field's first message, keyed by field name, for the message beside the field.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; init; } = new Dictionary<string, string>();

    public ConflictView? Conflict { get; init; }

    /// <summary>Set for a completed or cancelled commitment, whose page is read-only.</summary>
    public ClosedView? Closed { get; init; }

    /// <summary>Set on the confirmation page: the update the owner just saved.</summary>
    public HistoryView? Saved { get; init; }

    public bool HasErrors => Errors.Count > 0;
}
