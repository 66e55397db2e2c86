using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat;

/// <summary>
/// Reads a <see cref="CommitmentFilter"/> from query parameters, so that a view of the list is a URL
/// that can be shared. An empty parameter means "any"; a wrong one is named with the reason.
/// </summary>
public static class CommitmentFilterReader
{
    public const string Commission = "commission";
    public const string Sector = "sector";
    public const string Status = "status";
    public const string Country = "country";
    public const string Owner = "owner";
    public const string Due = "due";
    public const string Overdue = "overdue";
    public const string Silent = "silent";
    public const string Escalated = "escalated";
    public const string Undeliverable = "undeliverable";
    public const string OverdueFrom = "overdueFrom";
    public const string OverdueTo = "overdueTo";
    public const string Sort = "sort";
    public const string Order = "order";

    /// <summary>Every parameter the filter reads, in the order a URL writes them.</summary>
    public static readonly IReadOnlyList<string> Names = [Commission, Sector, Status, Country, Owner, Due, Overdue, Silent, Escalated, Undeliverable, OverdueFrom, OverdueTo, Sort, Order];

    public static FilterReading Read(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var errors = new List<ValidationError>();
        string? Text(string name) => parameter(name) is { } v && v.Trim() is { Length: > 0 } t ? t : null;

        CommitmentStatus? status = null;
        if (Text(Status) is { } statusText)
        {
            if (Enum.TryParse<CommitmentStatus>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(statusText[0]))
            {
                status = parsed;
            }
            else
            {
                errors.Add(new(Status, $"'{statusText}' is not one of {string.Join(", ", Enum.GetNames<CommitmentStatus>())}"));
            }
        }

        var country = Text(Country)?.ToUpperInvariant();
        if (country is not null && !CommitmentValidator.IsCountryCode(country))
        {
            errors.Add(new(Country, $"'{country}' is not an ISO 3166-1 alpha-2 country code such as PK or AZ"));
        }

        var due = Days(errors, Due, Text(Due));
        var overdueFrom = Days(errors, OverdueFrom, Text(OverdueFrom));
        var overdueTo = Days(errors, OverdueTo, Text(OverdueTo));

        var sort = CommitmentSort.Due;
        if (Text(Sort) is { } sortText && !(Enum.TryParse(sortText, ignoreCase: true, out sort) && Enum.IsDefined(sort) && !char.IsAsciiDigit(sortText[0])))
        {
            errors.Add(new(Sort, $"'{sortText}' is not one of {string.Join(", ", Enum.GetNames<CommitmentSort>().Select(n => n.ToLowerInvariant()))}"));
        }

        var descending = false;
        if (Text(Order) is { } orderText)
        {
            descending = string.Equals(orderText, "desc", StringComparison.OrdinalIgnoreCase);
            if (!descending && !string.Equals(orderText, "asc", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new(Order, $"'{orderText}' must be asc or desc"));
            }
        }

        var filter = new CommitmentFilter(
            Text(Commission), Text(Sector), status, country, Text(Owner), due,
            Flag(errors, Overdue, Text(Overdue)), Flag(errors, Silent, Text(Silent)), Flag(errors, Escalated, Text(Escalated)),
            Flag(errors, Undeliverable, Text(Undeliverable)),
            overdueFrom, overdueTo, sort, descending);
        return errors.Count == 0 ? new FilterReading.Read(filter) : new FilterReading.Invalid(errors);
    }

    /// <summary>The query parameters that give <paramref name="filter"/> back; defaults are left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Write(CommitmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var list = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                list.Add(new(name, value));
            }
        }

        Add(Commission, filter.Commission);
        Add(Sector, filter.Sector);
        Add(Status, filter.Status?.ToString());
        Add(Country, filter.Country);
        Add(Owner, filter.Owner);
        Add(Due, filter.DueWithinDays?.ToString(CultureInfo.InvariantCulture));
        Add(Overdue, filter.Overdue ? "true" : null);
        Add(Silent, filter.Silent ? "true" : null);
        Add(Escalated, filter.Escalated ? "true" : null);
        Add(Undeliverable, filter.Undeliverable ? "true" : null);
        Add(OverdueFrom, filter.OverdueFrom?.ToString(CultureInfo.InvariantCulture));
        Add(OverdueTo, filter.OverdueTo?.ToString(CultureInfo.InvariantCulture));
        Add(Sort, filter.Sort == CommitmentSort.Due ? null : filter.Sort.ToString().ToLowerInvariant());
        Add(Order, filter.Descending ? "desc" : null);
        return list;
    }

    private static int? Days(List<ValidationError> errors, string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= 3660)
        {
            return days;
        }

        errors.Add(new(name, $"'{text}' is not a number of days from 0 to 3660"));
        return null;
    }

    private static bool Flag(List<ValidationError> errors, string name, string? text)
    {
        if (text is null || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        errors.Add(new(name, $"'{text}' must be true or false"));
        return false;
    }
}
