using System.Globalization;
using FollowUp.Bench.Export;
using FollowUp.Bench.Scan;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// The workspace benchmark's commitments: the scan benchmark's (some overdue, some closed), with
/// each owner's country recorded (PK for a Karachi owner, AZ for a Baku one), one open commitment
/// in <see cref="SilentEvery"/> silent (created long ago, never updated), one history row each,
/// and one owner address in <see cref="UndeliverableEvery"/> hard-bounced.
/// </summary>
public sealed class WorkspaceData(int count, int owners, DateTimeOffset asOf, ReminderPolicy policy)
{
    public const int SilentEvery = 5;

    public const int UndeliverableEvery = 20;

    public const int History = 1;

    private readonly BenchCommitments _data = new(count, owners, 0.15, 0.10, asOf, policy);

    public int Count => count;

    public DateTimeOffset AsOf => asOf;

    public IEnumerable<SeededCommitment> Generate()
    {
        var i = 0;
        foreach (var commitment in _data.Generate())
        {
            var withCountries = commitment with { Owners = [.. commitment.Owners.Select(o => o with { Country = o.TimeZone == BenchCommitments.KarachiZone ? "PK" : "AZ" })] };
            var silent = withCountries.IsOpen && i++ % SilentEvery == 0;
            yield return silent
                ? SeededCommitment.Of(withCountries with { LastUpdate = null, CreatedAt = asOf.AddDays(-policy.StaleAfterDays - 30) }, History, asOf.AddDays(-policy.StaleAfterDays - 20))
                : SeededCommitment.Of(withCountries, History, asOf);
        }
    }

    /// <summary>A hard bounce for one address in <see cref="UndeliverableEvery"/> of those the commitments name, as SendGrid's Event Webhook reports it.</summary>
    public IReadOnlyList<DeliveryEvent> Bounces() =>
    [
        .. _data.Generate().SelectMany(c => c.Owners).Select(o => o.Email).Distinct(EmailAddresses.Comparer).Order(StringComparer.Ordinal)
            .Where((_, n) => n % UndeliverableEvery == 0)
            .Select((email, n) => new DeliveryEvent(
                string.Create(CultureInfo.InvariantCulture, $"bench-bounce-{n}"), email, "bounce", asOf.AddDays(-1),
                Reason: "550 5.1.1 The email account that you tried to reach does not exist", BounceType: "bounce")),
    ];
}
