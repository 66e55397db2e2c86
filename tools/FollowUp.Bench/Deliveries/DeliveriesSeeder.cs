using System.Globalization;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Deliveries;

/// <summary>
/// Writes the digests the events are about through FollowUp's own send ledger, as a scan does:
/// read the owner's ledger, claim the day's digest, settle it as accepted by SendGrid.
/// </summary>
public sealed class DeliveriesSeeder(ISendLedger ledger)
{
    public const string RunId = "bench-deliveries";

    public static string Address(int digest) => string.Create(CultureInfo.InvariantCulture, $"owner-{digest:D6}@ministry.example.org");

    /// <returns>The claims, in digest order: their claim ids are what SendGrid's events carry back.</returns>
    public async Task<LedgerClaim[]> SeedAsync(int digests, DateOnly localDate, int parallelism, CancellationToken cancellationToken)
    {
        var claims = new LedgerClaim[digests];
        await Parallel.ForAsync(
            0,
            digests,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var to = Address(i);
                var nudge = new ReminderKey(string.Create(CultureInfo.InvariantCulture, $"bench-commitment-{i:D6}"), to, ReminderStage.Overdue, localDate.AddDays(-4));
                var entry = new LedgerEntry(MessageKind.Digest, to, localDate, [nudge]);
                var read = await ledger.ReadAsync(MessageKind.Digest, to, nudge.StageDate, localDate, ct).ConfigureAwait(false);
                var claim = await ledger.TryClaimAsync(entry, RunId, read, ct).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The digest for {to} could not be claimed in a ledger the benchmark just created.");
                await ledger.SettleAsync(claim, new SendResult.Accepted(MessageId(i)), ct).ConfigureAwait(false);
                claims[i] = claim;
            }).ConfigureAwait(false);
        return claims;
    }

    public static string MessageId(int digest) => string.Create(CultureInfo.InvariantCulture, $"bench{digest:D6}.filter0001.16648.5515E0B88");
}
