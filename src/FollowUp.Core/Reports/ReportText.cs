using System.Globalization;
using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Core.Snapshots;

namespace FollowUp.Core.Reports;

/// <summary>How every format spells a report's values, so the formats agree cell for cell.</summary>
public static class ReportText
{
    public static readonly IReadOnlyList<string> FlatHeader =
    [
        "id", "commission", "title", "sector", "countries", "status", "progress", "due_date", "overdue", "days_overdue",
        "completed_at", "last_update_at", "last_update_by", "last_update_note", "reminders_sent", "reminders_answered",
        "reminders_unanswered", "owners",
    ];

    /// <summary>For a snapshot taken where delivery tracking was not registered: said, rather than an empty list.</summary>
    public const string DeliveriesNotRecorded = "Not recorded: this snapshot holds no delivery tracking.";

    public static string Date(DateOnly date) => IsoDate.Format(date);

    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Status(SnapshotCommitment row) => StatusLabels.For(row.Status);

    public static string Owner(SnapshotOwner owner) =>
        $"{owner.Ministry} ({StatusLabels.For(owner.Role)}, {owner.Country ?? "country not recorded"})";

    public static string Reminders(SnapshotOwner owner) => string.Create(
        CultureInfo.InvariantCulture, $"{owner.RemindersSent} sent, {owner.RemindersAnswered} answered, {owner.UnansweredReminders} unanswered");

    public static IReadOnlyList<string> FlatCells(SnapshotCommitment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Id, row.Commission, row.Title, row.Sector, string.Join(" ", row.Countries), Status(row), Count(row.Progress),
            Date(row.DueDate), row.IsOverdue ? "yes" : "no", Count(row.DaysOverdue),
            row.CompletedAt is { } done ? Instant(done) : "", row.LastUpdate is { } u ? Instant(u.At) : "", row.LastUpdate?.By ?? "",
            row.LastUpdate?.Note ?? "", Count(row.Owners.Sum(o => o.RemindersSent)), Count(row.Owners.Sum(o => o.RemindersAnswered)),
            Count(row.Owners.Sum(o => o.UnansweredReminders)), string.Join("; ", row.Owners.Select(Owner)),
        ];
    }

    /// <summary>Drops what XML 1.0 cannot carry (control characters, lone surrogates); letters of every script stay as they are.</summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? clean = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var ok = pair || (!char.IsSurrogate(c) && (c >= 0x20 || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'));
            if (!ok && clean is null)
            {
                clean = new StringBuilder(value.Length).Append(value, 0, i);
            }

            if (ok)
            {
                clean?.Append(c);
                if (pair)
                {
                    clean?.Append(value[++i]);
                }
            }
        }

        return clean?.ToString() ?? value;
    }

    /// <summary>Whether the text holds a right-to-left letter (Arabic script, as Urdu is written, or Hebrew).</summary>
    public static bool HasRightToLeft(string value) =>
        value.Any(c => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');
}
