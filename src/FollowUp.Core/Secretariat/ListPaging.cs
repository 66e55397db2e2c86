using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Which rows of the commitments list one page shows: a page number from 1 and a page size from 1 to
/// <see cref="MaxPageSize"/>. The list's total and its order are the whole view's; a page is a slice of it.
/// </summary>
public sealed record ListPaging(int Page, int PageSize)
{
    public const string PageParameter = "page";
    public const string PageSizeParameter = "pageSize";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    /// <summary>Past this, a page number is a typo: no list holds a million pages.</summary>
    public const int MaxPage = 1_000_000;

    public static ListPaging First { get; } = new(1, DefaultPageSize);

    /// <summary>The index of this page's first row in the whole view.</summary>
    public long Skip => (long)(Page - 1) * PageSize;

    /// <summary>How many pages <paramref name="total"/> rows fill; an empty view still has its one (empty) page.</summary>
    public int PageCount(int total) => Math.Max(1, (int)((total + (long)PageSize - 1) / PageSize));

    public ListPaging WithPage(int page) => this with { Page = page };

    /// <summary>
    /// The paging a query string asks for, or null when it names neither parameter. A wrong value
    /// is added to <paramref name="errors"/> with the reason, and the default is kept in its place.
    /// </summary>
    public static ListPaging? Read(Func<string, string?> parameter, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(errors);
        var pageText = Text(parameter(PageParameter));
        var sizeText = Text(parameter(PageSizeParameter));
        if (pageText is null && sizeText is null)
        {
            return null;
        }

        var page = Number(errors, PageParameter, pageText, MaxPage, 1, $"is not a page number from 1 to {MaxPage.ToString("N0", CultureInfo.InvariantCulture)}");
        var size = Number(errors, PageSizeParameter, sizeText, MaxPageSize, DefaultPageSize, $"is not a page size from 1 to {MaxPageSize}");
        return new(page, size);
    }

    /// <summary>The query parameters that give this paging back; the defaults are left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Write()
    {
        var list = new List<KeyValuePair<string, string>>();
        if (Page != 1)
        {
            list.Add(new(PageParameter, Page.ToString(CultureInfo.InvariantCulture)));
        }

        if (PageSize != DefaultPageSize)
        {
            list.Add(new(PageSizeParameter, PageSize.ToString(CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private static string? Text(string? value) => value?.Trim() is { Length: > 0 } t ? t : null;

    private static int Number(ICollection<ValidationError> errors, string name, string? text, int max, int fallback, string reason)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        errors.Add(new(name, $"'{text}' {reason}"));
        return fallback;
    }
}
