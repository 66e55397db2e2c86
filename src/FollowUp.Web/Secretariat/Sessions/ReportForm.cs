using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>The GET form that builds the report's download URL: no script needed.</summary>
internal sealed record ReportForm(string Url, IReadOnlyList<ChoiceOption> Snapshots, IReadOnlyList<ChoiceOption> Since, IReadOnlyList<ChoiceOption> Formats, IReadOnlyList<ChoiceOption> Groupings);
