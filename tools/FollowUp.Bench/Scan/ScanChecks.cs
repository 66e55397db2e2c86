using System.Globalization;
using FollowUp.Core.Commitments;

namespace FollowUp.Bench.Scan;

/// <summary>
/// The invariants the scan benchmark exists to check: every seeded row read, and exactly one email
/// to each owner with something due, none to anyone else. Each problem is one sentence; none means the round held.
/// </summary>
public static class ScanChecks
{
    public static IReadOnlyList<string> Check(ScanExpectation expected, ScanObservation observed)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(observed);
        var problems = new List<string>();
        if (observed.RawRead != expected.Seeded)
        {
            problems.Add(Invariant($"The raw read returned {observed.RawRead} rows; {expected.Seeded} were seeded."));
        }

        if (observed.FilteredRead != expected.Open)
        {
            problems.Add(Invariant($"The filtered read returned {observed.FilteredRead} rows; {expected.Open} were seeded open."));
        }

        foreach (var (mode, scanned) in new[] { ("dry run", observed.DryRunScanned), ("scan", observed.ScanScanned) })
        {
            if (scanned != expected.Open)
            {
                problems.Add(Invariant($"The {mode} read {scanned} open commitments; {expected.Open} were seeded open."));
            }
        }

        var planned = observed.Planned.Distinct(EmailAddresses.Comparer).ToList();
        CompareRecipients(problems, "The dry run planned", observed.Planned.Count, planned, expected.Recipients);

        // An empty ledger (fresh tables, or emptied before the round): every planned digest must go out.
        if (observed.Sent != observed.Emails || observed.Failed != 0 || observed.Unknown != 0 || observed.Skipped != 0)
        {
            problems.Add(Invariant(
                $"The scan reported {observed.Sent} sent, {observed.Failed} failed, {observed.Unknown} unknown, {observed.Skipped} skipped; the sender accepted {observed.Emails}."));
        }

        CompareRecipients(problems, "The scan sent", observed.Emails, observed.Recipients, expected.Recipients);
        return problems;
    }

    private static void CompareRecipients(List<string> problems, string what, int emails, IReadOnlyCollection<string> distinct, IReadOnlySet<string> expected)
    {
        if (emails != distinct.Count)
        {
            problems.Add(Invariant($"{what} {emails} emails to {distinct.Count} addresses: some owner got more than one."));
        }

        var missing = expected.Except(distinct, EmailAddresses.Comparer).ToList();
        var unexpected = distinct.Except(expected, EmailAddresses.Comparer).ToList();
        if (missing.Count > 0)
        {
            problems.Add(Invariant($"{what} nothing to {missing.Count} owners with something due (e.g. {Examples(missing)})."));
        }

        if (unexpected.Count > 0)
        {
            problems.Add(Invariant($"{what} email to {unexpected.Count} owners with nothing due (e.g. {Examples(unexpected)})."));
        }
    }

    private static string Examples(IEnumerable<string> addresses) => string.Join(", ", addresses.Order(StringComparer.Ordinal).Take(3));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
