using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Updates;

/// <summary>
/// The rules for an owner's update, the same for the form and for JSON. Every problem is reported at
/// once, in the order of the form, with a message a ministry official can act on.
/// </summary>
public static class ProgressInputValidator
{
    public const int MaxNoteLength = 2000;
    public const int MaxVersionLength = 256;

    private static readonly DateOnly EarliestDate = new(2000, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    internal static IReadOnlyList<ValidationError> Validate(ProgressInput input, out ProgressChange? change)
    {
        var errors = new List<ValidationError>();
        var status = ParseStatus(input.Status, errors);
        var progress = ParseProgress(input.Progress, errors);
        var note = ParseNote(input.Note, errors);
        var expected = ParseDate(input.ExpectedCompletion, errors);
        var version = ParseVersion(input.Version, errors);

        change = errors.Count == 0
            // Completed means done: the recorded progress says so whatever the field held.
            ? new ProgressChange(status!.Value, status == CommitmentStatus.Completed ? 100 : progress!.Value, note, expected, version!)
            : null;
        return errors;
    }

    /// <summary>A note as it is stored: line breaks as LF, no surrounding blanks, empty as none.</summary>
    public static string? NormalizeNote(string? note)
    {
        // Browsers send a textarea's line breaks as CRLF but count them as one character for maxlength;
        // normalizing first keeps a note the browser accepted within the same limit here.
        var normalized = note?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }

    private static CommitmentStatus? ParseStatus(string? value, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(ProgressInput.StatusField, "Choose a status."));
            return null;
        }

        // Names only: Enum.TryParse would also take "3" or "1,2".
        foreach (var status in OwnerStatuses)
        {
            if (string.Equals(status.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        errors.Add(new(ProgressInput.StatusField, $"Choose one of the listed statuses: {string.Join(", ", OwnerStatuses.Select(StatusLabels.For))}."));
        return null;
    }

    /// <summary>
    /// What an owner may report. Cancelling ends reminders for every co-owner and the secretariat's
    /// follow-up, so it is the commission's decision, made by import, not one ministry's by link.
    /// </summary>
    public static readonly IReadOnlyList<CommitmentStatus> OwnerStatuses =
        [CommitmentStatus.NotStarted, CommitmentStatus.InProgress, CommitmentStatus.Blocked, CommitmentStatus.Completed];

    private static int? ParseProgress(string? value, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(ProgressInput.ProgressField, "Enter the progress, a whole number from 0 to 100."));
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var progress))
        {
            errors.Add(new(ProgressInput.ProgressField, "Progress must be a whole number from 0 to 100."));
            return null;
        }

        if (progress is < 0 or > 100)
        {
            errors.Add(new(ProgressInput.ProgressField, string.Create(CultureInfo.InvariantCulture, $"Progress must be from 0 to 100; {progress} is outside that range.")));
            return null;
        }

        return progress;
    }

    private static string? ParseNote(string? value, List<ValidationError> errors)
    {
        var note = NormalizeNote(value);
        if (note is null)
        {
            return null;
        }

        if (note.Length > MaxNoteLength)
        {
            errors.Add(new(ProgressInput.NoteField, string.Create(CultureInfo.InvariantCulture, $"The note must be at most {MaxNoteLength:N0} characters; it has {note.Length:N0}.")));
            return null;
        }

        if (!IsStorableText(note))
        {
            errors.Add(new(ProgressInput.NoteField, "The note contains control characters or broken text; remove them and try again."));
            return null;
        }

        return note;
    }

    private static DateOnly? ParseDate(string? value, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!IsoDate.TryParse(value.Trim(), out var date))
        {
            errors.Add(new(ProgressInput.ExpectedCompletionField, "Enter the expected completion date as year-month-day, for example 2027-03-31."));
            return null;
        }

        if (date < EarliestDate || date > LatestDate)
        {
            errors.Add(new(ProgressInput.ExpectedCompletionField, "The expected completion date must be between 2000 and 2100."));
            return null;
        }

        return date;
    }

    private static string? ParseVersion(string? value, List<ValidationError> errors)
    {
        // The version travels in a hidden field; without it the update could silently overwrite another.
        if (string.IsNullOrEmpty(value) || value.Length > MaxVersionLength || !IsStorableText(value) || value.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add(new(ProgressInput.VersionField, "This form is missing the version of the commitment it was opened at. Open the link from your email again, then save."));
            return null;
        }

        return value;
    }

    /// <summary>Well-formed UTF-16 with no control characters other than line feed and tab.</summary>
    private static bool IsStorableText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\n' or '\t')))
            {
                return false;
            }
        }

        return true;
    }
}
