using FollowUp.Core.Import;

namespace FollowUp.Core.Secretariat.Uploads;

/// <summary>What an uploaded import file came to, previewed or applied.</summary>
public abstract record UploadOutcome
{
    private UploadOutcome()
    {
    }

    /// <summary>Nothing written: the file as a whole cannot be read as commitments.</summary>
    public sealed record Unreadable(string Reason) : UploadOutcome;

    /// <summary>Nothing written: every row's problems, by row and field.</summary>
    public sealed record Invalid(int RowCount, IReadOnlyList<RowProblem> Problems) : UploadOutcome;

    /// <summary>Nothing written: what Apply with <paramref name="Binding"/> would do.</summary>
    public sealed record Previewed(IReadOnlyList<RowChange> Changes, string Binding) : UploadOutcome;

    /// <summary>Nothing written: the file or the stored commitments changed since the preview; this is a fresh one.</summary>
    public sealed record Stale(Previewed Fresh) : UploadOutcome;

    /// <summary>Written, as previewed.</summary>
    public sealed record Applied(IReadOnlyList<RowChange> Changes, ImportReport Report) : UploadOutcome;
}
