using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace FollowUp.Core.Commitments;

/// <summary>
/// The rules every stored commitment obeys. Field names follow the import contract (camelCase)
/// so that an operator can find the offending cell from the message alone.
/// </summary>
public static partial class CommitmentValidator
{
    /// <summary>
    /// The most bytes of an address, in canonical form and UTF-8, that a signed update link carries
    /// (RFC 5321's 254; the token gives the address a one-byte length).
    /// </summary>
    public const int MaxEmailUtf8Bytes = 254;

    /// <summary>
    /// The longest key Table Storage takes: 1 KiB of UTF-16, so 512 characters (Azurite refuses a
    /// longer one). The send ledger keys each owner by <see cref="EmailAddresses.StorageKey"/>, which
    /// percent-encodes every byte outside ASCII letters and digits as three characters.
    /// </summary>
    public const int MaxTableKeyLength = 512;

    public static IReadOnlyList<ValidationError> Validate(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var errors = new List<ValidationError>();

        ValidateSlug(errors, "id", commitment.Id, Commitment.MaxIdLength);
        ValidateSlug(errors, "commission", commitment.Commission, Commitment.MaxIdLength);
        ValidateText(errors, "title", commitment.Title, Commitment.MaxTitleLength, required: true);
        ValidateText(errors, "description", commitment.Description, Commitment.MaxDescriptionLength, required: false);
        ValidateText(errors, "sector", commitment.Sector, 64, required: true);
        ValidateText(errors, "source", commitment.Source, 500, required: false);

        if (!Enum.IsDefined(commitment.Status))
        {
            errors.Add(new("status", $"must be one of {string.Join(", ", Enum.GetNames<CommitmentStatus>())}"));
        }

        if (commitment.Progress is < 0 or > 100)
        {
            errors.Add(new("progress", $"must be between 0 and 100 (was {commitment.Progress})"));
        }

        if (commitment.Status == CommitmentStatus.Completed && commitment.Progress != 100)
        {
            errors.Add(new("progress", "must be 100 when status is Completed"));
        }

        if (commitment.EscalationEmail is not null && EmailProblem(commitment.EscalationEmail) is { } escalationProblem)
        {
            errors.Add(new("escalationEmail", escalationProblem));
        }

        ValidateOwners(errors, commitment.Owners);
        return errors;
    }

    public static bool IsSlug(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= Commitment.MaxIdLength && SlugPattern().IsMatch(value);

    public static bool IsEmail(string? value) => EmailProblem(value) is null;

    /// <summary>
    /// Why <paramref name="value"/> cannot be an owner's or an escalation address, or <c>null</c> when
    /// it can: a bare address whose canonical form every link and every key that holds it can carry.
    /// </summary>
    public static string? EmailProblem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"'{value}' is not an email address";
        }

        var bytes = Encoding.UTF8.GetByteCount(EmailAddresses.Canonical(value));
        if (bytes > MaxEmailUtf8Bytes)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"is {bytes} bytes long in UTF-8 (lower-cased); a signed update link carries at most {MaxEmailUtf8Bytes}");
        }

        var keyLength = EmailAddresses.StorageKey(value).Length;
        if (keyLength > MaxTableKeyLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"is {keyLength} characters once percent-encoded, as the send ledger keys each owner; Table Storage keys hold at most {MaxTableKeyLength}");
        }

        // MailAddress accepts display names and comments; an owner address must be the bare address.
        var isBare = MailAddress.TryCreate(value, out var parsed)
            && string.Equals(parsed.Address, value, StringComparison.Ordinal)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
        return isBare ? null : $"'{value}' is not an email address";
    }

    /// <summary>True for a zone id from the IANA database that this machine can convert dates in.</summary>
    public static bool IsIanaTimeZone(string? value) => IanaZones.TryFind(value, out _);

    /// <summary>Two capital letters A to Z: the shape of an ISO 3166-1 alpha-2 code.</summary>
    public static bool IsCountryCode(string? value) =>
        value is { Length: 2 } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]);

    private static void ValidateOwners(List<ValidationError> errors, IReadOnlyList<ResponsibleParty>? owners)
    {
        if (owners is null || owners.Count == 0)
        {
            errors.Add(new("owners", "at least one responsible ministry is required"));
            return;
        }

        var seen = new HashSet<string>(EmailAddresses.Comparer);
        for (var i = 0; i < owners.Count; i++)
        {
            var owner = owners[i];
            var prefix = $"owners[{i}]";
            ValidateText(errors, $"{prefix}.ministry", owner.Ministry, 200, required: true);
            if (EmailProblem(owner.Email) is { } emailProblem)
            {
                errors.Add(new($"{prefix}.email", emailProblem));
            }
            else if (!seen.Add(owner.Email))
            {
                errors.Add(new($"{prefix}.email", $"'{owner.Email}' is listed more than once"));
            }

            if (!IsIanaTimeZone(owner.TimeZone))
            {
                errors.Add(new($"{prefix}.timeZone", $"'{owner.TimeZone}' is not an IANA time zone such as Asia/Karachi"));
            }

            if (!Enum.IsDefined(owner.Role))
            {
                errors.Add(new($"{prefix}.role", "must be lead or counterpart"));
            }

            if (owner.Country is { } country && !IsCountryCode(country))
            {
                errors.Add(new($"{prefix}.country", $"'{country}' is not an ISO 3166-1 alpha-2 country code such as PK or AZ"));
            }
        }
    }

    private static void ValidateSlug(List<ValidationError> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new(field, "is required"));
        }
        else if (value.Length > maxLength)
        {
            errors.Add(new(field, $"must be at most {maxLength} characters (was {value.Length})"));
        }
        else if (!SlugPattern().IsMatch(value))
        {
            errors.Add(new(field, $"'{value}' must be lower-case letters, digits and '-', starting and ending with a letter or digit"));
        }
    }

    private static void ValidateText(List<ValidationError> errors, string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, "is required"));
            }

            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(new(field, $"must be at most {maxLength} characters (was {value.Length})"));
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
