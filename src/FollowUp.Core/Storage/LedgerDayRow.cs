using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Storage;

/// <summary>
/// One owner's digest for one local day, RowKey <c>d|yyyy-MM-dd</c>, with the key of every nudge in
/// it written into the row itself (<c>{stage date}|{stage}|{commitment id}</c>, one per line). One row
/// per digest is what makes a claim a single-entity write: atomic on its own, and as cheap for a
/// digest of a thousand items as for one.
/// </summary>
internal static class LedgerDayRow
{
    public const string KeyPrefix = "d|";

    public const string State = nameof(State);
    public const string RunId = nameof(RunId);
    public const string ClaimedAt = nameof(ClaimedAt);
    public const string SettledAt = nameof(SettledAt);
    public const string Items = nameof(Items);
    public const string MessageId = nameof(MessageId);
    public const string Error = nameof(Error);

    /// <summary>Nudge keys go in <c>Nudges0</c>, <c>Nudges1</c>, …: whole lines, each property under the service's limit.</summary>
    private const string NudgesPrefix = "Nudges";

    /// <summary>The service stores at most 64 KiB in a string property: 32 K UTF-16 characters.</summary>
    private const int MaxPropertyChars = 32 * 1024;

    public static string KeyFor(DateOnly localDate) => KeyPrefix + IsoDate.Format(localDate);

    /// <summary>The row a run writes to claim <paramref name="digest"/>.</summary>
    public static TableEntity Claim(string partition, Digest digest, string runId, DateTimeOffset claimedAt)
    {
        var row = new TableEntity(partition, KeyFor(digest.LocalDate))
        {
            [State] = LedgerState.Claimed,
            [RunId] = runId,
            [ClaimedAt] = claimedAt,
            [Items] = digest.Items.Count,
        };

        var index = 0;
        var chunk = new StringBuilder();
        foreach (var item in digest.Items)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{IsoDate.Format(item.StageDate)}|{item.Stage}|{item.Commitment.Id}");
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > MaxPropertyChars)
            {
                row[NudgesPrefix + index++.ToString(CultureInfo.InvariantCulture)] = chunk.ToString();
                chunk.Clear();
            }

            if (chunk.Length > 0)
            {
                chunk.Append('\n');
            }

            chunk.Append(line);
        }

        row[NudgesPrefix + index.ToString(CultureInfo.InvariantCulture)] = chunk.ToString();
        return row;
    }

    /// <summary>The nudges a row records, for <paramref name="ownerEmail"/>, with a stage date on or after <paramref name="from"/>.</summary>
    /// <exception cref="FormatException">A line is not a nudge key FollowUp wrote (the row was edited by hand).</exception>
    public static IEnumerable<ReminderKey> Nudges(TableEntity row, string ownerEmail, DateOnly from)
    {
        for (var index = 0; row.GetString(NudgesPrefix + index.ToString(CultureInfo.InvariantCulture)) is { } lines; index++)
        {
            foreach (var line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                // Commitment ids are slugs and never hold '|', so the third field is the whole id.
                var fields = line.Split('|', 3);
                if (fields.Length != 3
                    || !IsoDate.TryParse(fields[0], out var stageDate)
                    || !Enum.TryParse<ReminderStage>(fields[1], out var stage)
                    || !Enum.IsDefined(stage)
                    || !CommitmentValidator.IsSlug(fields[2]))
                {
                    throw new FormatException($"Ledger row {row.RowKey} holds a line that is not a nudge key.");
                }

                if (stageDate >= from)
                {
                    yield return new ReminderKey(fields[2], ownerEmail, stage, stageDate);
                }
            }
        }
    }
}
