namespace FollowUp.Web.Secretariat.Views;

/// <summary>The commitments list page: one page of the view's rows, where they stand in it, and the filters that make the view.</summary>
/// <param name="Total">Every commitment the view holds, on all its pages.</param>
/// <param name="PageSize">The page size to keep when the filters change, when it is not the default.</param>
internal sealed record ListPageModel(
    string ListUrl,
    string CsvUrl,
    string XlsxUrl,
    int Total,
    string Showing,
    PagerView? Pager,
    string? PageSize,
    IReadOnlyList<ListRow> Rows,
    IReadOnlyList<TextFilter> TextFilters,
    IReadOnlyList<ChoiceFilter> Choices,
    IReadOnlyList<FlagFilter> Flags,
    IReadOnlyList<FieldErrorView> Errors);
