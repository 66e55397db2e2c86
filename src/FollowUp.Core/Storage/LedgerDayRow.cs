using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Core.Storage;

/// <summary>
/// One message to one address for one local day: RowKey <c>d|yyyy-MM-dd</c> for a digest,
/// <c>e|yyyy-MM-dd</c> for an escalation, with the key of every nudge in it written into the row
/// itself (<c>{stage date}|{stage}|{commitment id}</c>, one per line). Beside them, at the end of
/// each kind's key range, the claim head <c>d|~</c> / <c>e|~</c>, which every claim of that kind
/// rewrites under the version its run read: that is what makes two runs that see different local
/// days unable to both claim one nudge.
/// </summary>
internal static class LedgerDayRow
{
    public const string State = nameof(State);
    public const string RunId = nameof(RunId);
    public const string ClaimId = nameof(ClaimId);
    public const string ClaimedAt = nameof(ClaimedAt);
    public const string SettledAt = nameof(SettledAt);
    public const string Items = nameof(Items);
    public const string MessageId = nameof(MessageId);
    public const string Error = nameof(Error);
    public const string LastRow = nameof(LastRow);

    /// <summary>True on a digest an Admin sent with "nudge now"; absent on the scan's own.</summary>
    public const string Manual = nameof(Manual);

    /// <summary>Nudge keys go in <c>Nudges0</c>, <c>Nudges1</c>, …: whole lines, each property under the service's limit.</summary>
    private const string NudgesPrefix = "Nudges";

    /// <summary>The service stores at most 64 KiB in a string property: 32 K UTF-16 characters.</summary>
    private const int MaxPropertyChars = 32 * 1024;

    public static string PrefixFor(MessageKind kind) => kind == MessageKind.Escalation ? "e|" : "d|";

    public static string KeyFor(MessageKind kind, DateOnly localDate) => PrefixFor(kind) + IsoDate.Format(localDate);

    /// <summary>Past every key of the kind: '}' follows '|', so <c>d}</c> closes <c>d|…</c>, the head and the contact-health row included.</summary>
    public static string RangeEndFor(MessageKind kind) => PrefixFor(kind)[0] + "}";

    /// <summary>'~' sorts after every digit, so the head closes the kind's range of day rows.</summary>
    public static string HeadKeyFor(MessageKind kind) => PrefixFor(kind) + "~";

    /// <summary>The row a run writes to claim <paramref name="entry"/>.</summary>
    public static TableEntity Claim(string partition, LedgerEntry entry, string runId, string claimId, DateTimeOffset claimedAt)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new TableEntity(partition, KeyFor(entry.Kind, entry.LocalDate))
        {
            [State] = LedgerState.Claimed,
            [RunId] = runId,
            [ClaimId] = claimId,
            [ClaimedAt] = claimedAt,
            [Items] = entry.Nudges.Count,
        };
        if (entry.Manual)
        {
            row[Manual] = true;
        }

        var index = 0;
        var chunk = new StringBuilder();
        foreach (var nudge in entry.Nudges)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{IsoDate.Format(nudge.StageDate)}|{nudge.Stage}|{nudge.CommitmentId}");
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

    /// <summary>The head as a claim leaves it: which claim came last, for whoever reads the table.</summary>
    public static TableEntity Head(string partition, MessageKind kind, TableEntity claim) => new(partition, HeadKeyFor(kind))
    {
        [ClaimId] = claim[ClaimId],
        [ClaimedAt] = claim[ClaimedAt],
        [LastRow] = claim.RowKey,
    };

    /// <summary>The nudges a row records, for <paramref name="address"/>, with a stage date on or after <paramref name="from"/>.</summary>
    /// <exception cref="FormatException">A line is not a nudge key FollowUp wrote (the row was edited by hand).</exception>
    public static IEnumerable<ReminderKey> Nudges(TableEntity row, string address, DateOnly from)
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
                    yield return new ReminderKey(fields[2], address, stage, stageDate);
                }
            }
        }
    }
}
