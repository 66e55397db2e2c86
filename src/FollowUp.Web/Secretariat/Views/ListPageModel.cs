using FollowUp.Core.Commitments;

namespace FollowUp.Web.Secretariat.Views;

/// <summary>The commitments list page.</summary>
internal sealed record ListPageModel(string ListUrl, string CsvUrl, string XlsxUrl, int Total, IReadOnlyList<ListRow> Rows, IReadOnlyList<TextFilter> TextFilters, IReadOnlyList<ChoiceFilter> Choices, IReadOnlyList<FlagFilter> Flags, IReadOnlyList<ValidationError> Errors);
