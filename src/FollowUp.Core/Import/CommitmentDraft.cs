using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>Turns a <see cref="RawCommitment"/> into a validated <see cref="Commitment"/>.</summary>
public static class CommitmentDraft
{
    public static ImportRow Interpret(string location, RawCommitment raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var errors = new List<ValidationError>(raw.ShapeErrors);
        var id = Trimmed(raw.Get(ImportFields.Id));

        var dueDate = ParseDate(errors, ImportFields.DueDate, raw.Get(ImportFields.DueDate), required: true);
        var pausedUntil = ParseDate(errors, ImportFields.PausedUntil, raw.Get(ImportFields.PausedUntil), required: false);
        var statusText = Trimmed(raw.Get(ImportFields.Status));
        var progressText = Trimmed(raw.Get(ImportFields.Progress));

        var status = CommitmentStatus.NotStarted;
        if (statusText is not null && !TryParseEnum(statusText, out status))
        {
            errors.Add(new(ImportFields.Status, $"'{statusText}' is not one of {string.Join(", ", Enum.GetNames<CommitmentStatus>())}"));
        }

        int progress = status == CommitmentStatus.Completed ? 100 : 0;
        if (progressText is not null && !int.TryParse(progressText, NumberStyles.Integer, CultureInfo.InvariantCulture, out progress))
        {
            errors.Add(new(ImportFields.Progress, $"'{progressText}' is not a whole number from 0 to 100"));
        }

        var owners = new List<ResponsibleParty>(raw.Owners.Count);
        for (var i = 0; i < raw.Owners.Count; i++)
        {
            var owner = raw.Owners[i];
            var roleText = Trimmed(owner.GetValueOrDefault(ImportFields.OwnerRole));
            var role = i == 0 ? OwnerRole.Lead : OwnerRole.Counterpart;
            if (roleText is not null && !TryParseEnum(roleText, out role))
            {
                errors.Add(new($"{ImportFields.Owners}[{i}].{ImportFields.OwnerRole}", $"'{roleText}' must be lead or counterpart"));
            }

            // A draft from followup intake leaves these empty: say so, not that '' is a bad address.
            foreach (var field in (string[])[ImportFields.OwnerEmail, ImportFields.OwnerTimeZone])
            {
                if (Trimmed(owner.GetValueOrDefault(field)) is null)
                {
                    errors.Add(new($"{ImportFields.Owners}[{i}].{field}", "is required"));
                }
            }

            owners.Add(new ResponsibleParty(
                Trimmed(owner.GetValueOrDefault(ImportFields.OwnerMinistry)) ?? "",
                Trimmed(owner.GetValueOrDefault(ImportFields.OwnerEmail)) ?? "",
                Trimmed(owner.GetValueOrDefault(ImportFields.OwnerTimeZone)) ?? "",
                role,
                Trimmed(owner.GetValueOrDefault(ImportFields.OwnerCountry))?.ToUpperInvariant()));
        }

        var commitment = new Commitment
        {
            Id = id ?? "",
            Commission = Trimmed(raw.Get(ImportFields.Commission)) ?? "",
            Title = Trimmed(raw.Get(ImportFields.Title)) ?? "",
            Description = Trimmed(raw.Get(ImportFields.Description)),
            Sector = Trimmed(raw.Get(ImportFields.Sector)) ?? "",
            DueDate = dueDate ?? default,
            Status = status,
            Progress = progress,
            Owners = owners,
            EscalationEmail = Trimmed(raw.Get(ImportFields.EscalationEmail)),
            Source = Trimmed(raw.Get(ImportFields.Source)),
            PausedUntil = pausedUntil,
        };

        // Parse errors already name these fields; the validator would only repeat them less precisely.
        var parsed = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(CommitmentValidator.Validate(commitment).Where(e => !parsed.Contains(e.Field)));

        return errors.Count == 0
            ? new ImportRow(location, id, commitment, [], statusText is not null, progressText is not null)
            : new ImportRow(location, id, null, errors);
    }

    private static DateOnly? ParseDate(List<ValidationError> errors, string field, string? text, bool required)
    {
        text = Trimmed(text);
        if (text is null)
        {
            if (required)
            {
                errors.Add(new(field, "is required (YYYY-MM-DD)"));
            }

            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(new(field, $"'{text}' is not a date in the form YYYY-MM-DD"));
        return null;
    }

    private static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !char.IsDigit(text[0]);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
