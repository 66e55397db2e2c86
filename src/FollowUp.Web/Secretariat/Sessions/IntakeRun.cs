using System.Globalization;
using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Core.Intake;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>
/// One run of <see cref="SessionIntake"/> on what the Admin sent, with the CLI's refusals as named
/// fields: the size limit, the session date, paste or upload (not both), then the use case's own.
/// </summary>
internal static class IntakeRun
{
    /// <summary>Half a megabyte: a long communiqué is a few tens of kilobytes.</summary>
    public const int MaxBytes = 512 * 1024;

    public static IntakeResult Run(SessionIntake intake, IntakeInput input)
    {
        var commission = input.Commission?.Trim() ?? "";
        var errors = new List<ValidationError>();
        if (commission.Length == 0)
        {
            errors.Add(new(IntakeReading.CommissionField, "is required: the commission's id, e.g. pak-aze-jc8"));
        }

        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(input.AsOf))
        {
            if (IsoDate.TryParse(input.AsOf.Trim(), out var parsed))
            {
                asOf = parsed;
            }
            else
            {
                errors.Add(new(IntakeReading.AsOfField, $"'{input.AsOf}' is not a date in the form YYYY-MM-DD"));
            }
        }

        var pasted = !string.IsNullOrWhiteSpace(input.Text);
        var textField = input.File is null ? IntakeReading.TextField : IntakeReading.FileField;
        if (pasted && input.File is not null)
        {
            errors.Add(new(IntakeReading.FileField, "paste the text or upload a file, not both"));
        }
        else if (pasted && Encoding.UTF8.GetByteCount(input.Text!) > MaxBytes)
        {
            return new IntakeResult.TooLarge(new(IntakeReading.TextField, TooLargeMessage));
        }

        if (errors.Count > 0)
        {
            return new IntakeResult.Refused(errors);
        }

        var request = new IntakeRequest(commission, string.IsNullOrWhiteSpace(input.DocumentName) ? null : input.DocumentName.Trim(), asOf);
        var outcome = input.File is { } bytes ? intake.Propose(bytes, request) : intake.Propose(input.Text ?? "", request);
        return outcome switch
        {
            IntakeOutcome.Drafted drafted => new IntakeResult.Proposed(drafted, request, input.File is { } b ? Decoded(b) : input.Text!),
            IntakeOutcome.NotUtf8 bad => Refused(textField, string.Create(CultureInfo.InvariantCulture,
                $"line {bad.Line} is not UTF-8 text (byte {bad.Byte}); save the document as UTF-8 text and upload it again")),
            IntakeOutcome.EmptyText => Refused(textField, "is empty: paste the outcome text or upload it as a text file"),
            IntakeOutcome.NothingProposed none => Refused(textField, string.Create(CultureInfo.InvariantCulture,
                $"none of its {none.Sentences} sentences holds an undertaking the intake rules recognise (see docs/intake.md)")),
            IntakeOutcome.InvalidCommission invalid => Refused(IntakeReading.CommissionField, invalid.Reason),
            _ => throw new InvalidOperationException($"Unexpected intake outcome {outcome.GetType().Name}."),
        };
    }

    public static string TooLargeMessage { get; } = string.Create(CultureInfo.InvariantCulture, $"is larger than {MaxBytes / 1024} KiB; split the document and run the intake on each part");

    private static IntakeResult.Refused Refused(string field, string message) => new([new(field, message)]);

    /// <summary>The upload as text, for the download form's re-run; the use case has already found it valid UTF-8.</summary>
    private static string Decoded(byte[] bytes) => new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
}
