namespace FollowUp.Web.Updates.Views;

/// <summary>One past update as the page shows it, times in the viewing owner's zone.</summary>
internal sealed record HistoryView(
    string AtIso,
    string AtLabel,
    string By,
    string OldStatus,
    string NewStatus,
    int OldProgress,
    int NewProgress,
    string? Note,
    string? ExpectedCompletion)
{
    public bool StatusChanged => OldStatus != NewStatus;

    public bool ProgressChanged => OldProgress != NewProgress;
}
