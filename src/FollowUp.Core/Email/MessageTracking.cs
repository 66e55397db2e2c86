using System.Globalization;
using System.Text;
using System.Text.Json;
using FollowUp.Core.Commitments;

namespace FollowUp.Core.Email;

/// <summary>
/// What a message carries so that a delivery event (or an .eml file) can be traced back to FollowUp:
/// its kind, the run that sent it, the local date and the commitments in it. SendGrid receives these as
/// <c>custom_args</c>, the outbox as <c>X-FollowUp-*</c> headers, both from <see cref="Fields"/>, so a
/// field added here reaches both. Never anything personal: no address, name or title, only kinds,
/// ids, dates and counts, because SendGrid keeps custom args in its event data.
/// </summary>
/// <param name="RunId">The scan run; <c>null</c> for a message no run sent (a fresh link).</param>
/// <param name="ClaimId">
/// The send-ledger claim the message goes out under (random, 32 hex digits): with the kind and the local
/// date it names the ledger row an event belongs to, and tells this message from an earlier one of that day.
/// </param>
public sealed record MessageTracking(MessageKind Kind, string? RunId, DateOnly? LocalDate, IReadOnlyList<string> CommitmentIds, string? ClaimId = null)
{
    /// <summary>SendGrid: "the total length of custom arguments must be less than 10000 bytes".</summary>
    public const int MaxBytes = 10_000;

    private const int MaxRunIdLength = 200;

    /// <summary>
    /// The fields in order, snake_case as SendGrid's event data shows them. The commitment list is cut,
    /// with a count of what was left out, so that all of them stay under <see cref="MaxBytes"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = KindName(Kind) };
        if (!string.IsNullOrEmpty(RunId))
        {
            fields["run_id"] = RunId.Length <= MaxRunIdLength ? RunId : RunId[..MaxRunIdLength];
        }

        if (IsClaimId(ClaimId))
        {
            fields["claim_id"] = ClaimId!;
        }

        if (LocalDate is { } date)
        {
            fields["local_date"] = IsoDate.Format(date);
        }

        if (CommitmentIds.Count > 0)
        {
            fields["item_count"] = CommitmentIds.Count.ToString(CultureInfo.InvariantCulture);
            fields["commitment_ids"] = "";
            var budget = MaxBytes - 1 - SerializedSize(fields);
            fields["commitment_ids"] = JoinWithinBudget(CommitmentIds, budget);
        }

        return fields;
    }

    /// <summary>Whether <paramref name="value"/> is a claim id as the ledger makes them: 32 lower-case hex digits, nothing personal.</summary>
    public static bool IsClaimId(string? value) =>
        value is { Length: 32 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary><c>digest</c>, <c>escalation</c>, <c>fresh-link</c>.</summary>
    public static string KindName(MessageKind kind) => kind switch
    {
        MessageKind.Digest => "digest",
        MessageKind.Escalation => "escalation",
        _ => "fresh-link",
    };

    /// <summary>The outbox header for a field: <c>run_id</c> is <c>X-FollowUp-Run-Id</c>.</summary>
    public static string HeaderName(string field) =>
        "X-FollowUp-" + string.Join('-', field.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The size SendGrid counts: the fields as one JSON object, in UTF-8.</summary>
    public static int SerializedSize(IReadOnlyDictionary<string, string> fields) => JsonSerializer.SerializeToUtf8Bytes(fields).Length;

    private static string JoinWithinBudget(IReadOnlyList<string> ids, int budgetBytes)
    {
        var joined = new StringBuilder();
        for (var i = 0; i < ids.Count; i++)
        {
            var piece = (i == 0 ? "" : ",") + ids[i];

            // Room for this id and, should more follow, for the ",+N more" that says so.
            var remaining = ids.Count - i - 1;
            var suffix = remaining > 0 ? $",+{remaining} more" : "";
            if (JsonSize(joined + piece + suffix) > budgetBytes)
            {
                joined.Append(joined.Length == 0 ? "" : ",").Append('+').Append(ids.Count - i).Append(" more");
                return joined.ToString();
            }

            joined.Append(piece);
        }

        return joined.ToString();
    }

    // Commitment ids are slugs, so JSON adds nothing to them; measured anyway in case that ever changes.
    private static int JsonSize(string value) => JsonSerializer.SerializeToUtf8Bytes(value).Length - 2;
}
