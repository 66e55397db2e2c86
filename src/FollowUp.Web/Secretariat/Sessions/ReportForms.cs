using FollowUp.Core.Reports;
using FollowUp.Core.Snapshots;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The report's GET form and the names of its query parameters, which the download reads back.</summary>
internal static class ReportForms
{
    public const string Snapshot = "snapshot";
    public const string Since = "since";
    public const string Format = "format";
    public const string GroupBy = "groupBy";
    public const string SilentAfter = "silentAfter";

    public static ReportForm For(SessionUrls urls, IReadOnlyList<SnapshotHeader> snapshots)
    {
        IEnumerable<ChoiceOption> Named() => snapshots.Select(h => new ChoiceOption(h.Name, $"{h.Name} (as of {SecretariatViews.Label(h.AsOf)})", false));
        return new ReportForm(
            urls.Report,
            [new("", "Live data, as of now", true), .. Named()],
            [new("", "The latest snapshot before it", true), .. Named()],
            [
                new(nameof(ReportFormat.Html).ToLowerInvariant(), "HTML, for printing (save as PDF)", true),
                new(nameof(ReportFormat.Docx).ToLowerInvariant(), "Word (DOCX), to edit and translate", false),
                new(nameof(ReportFormat.Xlsx).ToLowerInvariant(), "Excel (XLSX)", false),
                new(nameof(ReportFormat.Csv).ToLowerInvariant(), "CSV", false),
            ],
            [new("sector", "One per sector", true), new("country", "One per country", false)]);
    }
}
