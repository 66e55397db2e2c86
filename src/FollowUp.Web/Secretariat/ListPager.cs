using System.Globalization;
using FollowUp.Core.Secretariat;
using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat;

/// <summary>The words and links that place one page of the list in the whole view.</summary>
internal static class ListPager
{
    /// <summary>Pages either side of the current one that get a link of their own.</summary>
    private const int Around = 2;

    public static PagerView? For(ListPaging paging, int total, Func<ListPaging, string> url)
    {
        var count = paging.PageCount(total);
        if (count == 1 && paging.Page == 1)
        {
            return null;
        }

        var numbers = new SortedSet<int> { 1, count };
        for (var p = Math.Max(1, paging.Page - Around); p <= Math.Min(count, paging.Page + Around); p++)
        {
            numbers.Add(p);
        }

        var links = new List<PageLinkView>();
        var previous = 0;
        foreach (var number in numbers)
        {
            if (number > previous + 1)
            {
                links.Add(new("…", null, false));
            }

            links.Add(new(number.ToString(CultureInfo.InvariantCulture), url(paging.WithPage(number)), number == paging.Page));
            previous = number;
        }

        // A page past the end (the view shrank since its URL was shared) goes back to the last page.
        return new(
            paging.Page > 1 ? url(paging.WithPage(Math.Min(paging.Page - 1, count))) : null,
            paging.Page < count ? url(paging.WithPage(paging.Page + 1)) : null,
            links);
    }

    /// <summary>"Showing 101–200 of 10,000", or why this page shows nothing.</summary>
    public static string Showing(ListPaging paging, int total, int rowsOnPage)
    {
        if (total == 0)
        {
            return "";
        }

        if (rowsOnPage == 0)
        {
            return Invariant($"Page {paging.Page:N0} is past the last page ({paging.PageCount(total):N0}).");
        }

        var first = paging.Skip + 1;
        return Invariant($"Showing {first:N0}–{first + rowsOnPage - 1:N0} of {total:N0}.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
