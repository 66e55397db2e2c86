using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Updates;
using FollowUp.Web.Updates.Views;

namespace FollowUp.Web.Updates;

/// <summary>Turns a commitment, its history and what the owner sent into what the page shows.</summary>
internal static class ProgressViews
{
    public static ProgressPageModel Page(
        Commitment commitment, IReadOnlyList<ProgressEntry> history, ResponsibleParty owner, DateTimeOffset now, string formUrl)
    {
        var (zone, zoneName) = ZoneOf(owner);
        return new ProgressPageModel
        {
            Title = commitment.Title,
            Commission = commitment.Commission,
            DueIso = IsoDate.Format(commitment.DueDate),
            DueLabel = commitment.DueDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            Overdue = CommitmentCalendar.IsOverdue(commitment, now),
            StatusLabel = StatusLabels.For(commitment.Status),
            Progress = commitment.Progress,
            YourMinistry = owner.Ministry,
            Others = [.. commitment.Owners.Where(o => o != owner).Select(o => new OwnerView(o.Ministry, StatusLabels.For(o.Role)))],
            History = [.. history.Select(e => History(e, commitment, zone))],
            TimeZone = zoneName,
            FormUrl = formUrl,
        };
    }

    /// <summary>The form as stored: current status and progress, the latest expected completion date, the current version.</summary>
    public static FormValues StoredForm(Commitment commitment, IReadOnlyList<ProgressEntry> history) => new(
        commitment.Status.ToString(),
        commitment.Progress.ToString(CultureInfo.InvariantCulture),
        null,
        history.Count > 0 && history[0].ExpectedCompletion is { } expected ? IsoDate.Format(expected) : null,
        commitment.Version);

    /// <summary>The form as the owner sent it, so that a rejected update loses nothing they typed.</summary>
    public static FormValues SentForm(ProgressInput input, string? currentVersion) => new(
        input.Status,
        input.Progress,
        ProgressInputValidator.NormalizeNote(input.Note),
        input.ExpectedCompletion,
        string.IsNullOrEmpty(input.Version) ? currentVersion : input.Version);

    /// <summary>
    /// Who reported, as a ministry: pages and JSON show co-owners by ministry, never by address; a
    /// line an import or a workspace action wrote is the secretariat's, never named by person to owners,
    /// and a report by an address no longer listed names no one.
    /// </summary>
    public static string ReporterOf(Commitment commitment, ProgressEntry entry) => entry.Source switch
    {
        ProgressSource.Import => "The secretariat (by import)",
        ProgressSource.Secretariat => "The secretariat",
        _ => commitment.FindOwner(entry.By)?.Ministry ?? "A ministry no longer listed",
    };

    public static IReadOnlyList<StatusOption> Statuses(string? selected) =>
        [.. ProgressInputValidator.OwnerStatuses.Select(s => new StatusOption(
            s.ToString(), StatusLabels.For(s), string.Equals(s.ToString(), selected?.Trim(), StringComparison.OrdinalIgnoreCase)))];

    public static IReadOnlyDictionary<string, string> FieldErrors(IEnumerable<ValidationError> errors)
    {
        var byField = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            byField.TryAdd(error.Field, error.Message);
        }

        return byField;
    }

    public static ClosedView Closed(Commitment commitment, IReadOnlyList<string> contacts, ProgressInput? refused = null) =>
        new(StatusLabels.For(commitment.Status), contacts, refused is not null, ProgressInputValidator.NormalizeNote(refused?.Note));

    /// <summary>The closed notice in one sentence, for the JSON twin of the refusal.</summary>
    public static string ClosedMessage(Commitment commitment, IReadOnlyList<string> contacts) =>
        $"This commitment is closed (recorded as {StatusLabels.For(commitment.Status)}); it no longer takes updates through this link, and nothing was saved. "
        + (contacts.Count > 0
            ? $"Only the commission's secretariat can reopen or correct it: contact {string.Join(", ", contacts)}."
            : "Only the commission's secretariat can reopen or correct it; no contact address is configured in FollowUp.");

    public static HistoryView History(ProgressEntry entry, Commitment commitment, ResponsibleParty viewer) =>
        History(entry, commitment, ZoneOf(viewer).Zone);

    /// <summary>The label for a status sent as text, or the text itself when it names no status.</summary>
    public static string? StatusLabel(string? sent) =>
        Enum.GetValues<CommitmentStatus>()
            .Where(s => string.Equals(s.ToString(), sent?.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(StatusLabels.For)
            .FirstOrDefault() ?? sent;

    private static HistoryView History(ProgressEntry entry, Commitment commitment, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(entry.At, zone);
        // Owners are ministries: show which one reported, and the bare address only for someone no longer listed.
        var by = ReporterOf(commitment, entry);
        return new HistoryView(
            entry.At.ToString("O", CultureInfo.InvariantCulture),
            local.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture),
            by,
            StatusLabels.For(entry.OldStatus),
            StatusLabels.For(entry.NewStatus),
            entry.OldProgress,
            entry.NewProgress,
            entry.Note,
            entry.ExpectedCompletion is { } d ? IsoDate.Format(d) : null);
    }

    private static (TimeZoneInfo Zone, string Name) ZoneOf(ResponsibleParty owner)
    {
        var (id, zone) = CommitmentCalendar.Resolve(owner.TimeZone, "UTC", TimeZoneInfo.Utc);
        return (zone, id);
    }
}
