using System.Globalization;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Deliveries;

/// <summary>
/// The events SendGrid would post about the seeded digests: each message's <c>processed</c>, then
/// its <c>delivered</c> (or, for one in <see cref="DeliveriesBenchSettings.BounceEvery"/>, a hard
/// bounce) a few messages later, custom args at the top level, cut into POST-sized batches.
/// </summary>
public sealed class DeliveryEventFeed
{
    private const string BounceReason = "550 5.1.1 The email account that you tried to reach does not exist.";

    private DeliveryEventFeed(List<byte[]> bodies, Dictionary<string, int> expectedStates)
    {
        Bodies = bodies;
        ExpectedStates = expectedStates;
    }

    /// <summary>The batches' JSON bodies, in the order they are posted.</summary>
    public IReadOnlyList<byte[]> Bodies { get; }

    /// <summary>How many digests should end in each delivery state, by FollowUp's own folding of their events.</summary>
    public IReadOnlyDictionary<string, int> ExpectedStates { get; }

    public static DeliveryEventFeed Create(IReadOnlyList<LedgerClaim> claims, DeliveriesBenchSettings settings, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(settings);
        var ordered = new List<(double Order, int Digest, string Name)>(settings.Events);
        for (var n = 0; n < settings.Events; n++)
        {
            var message = n / 2;
            var digest = message % claims.Count;
            var name = n % 2 == 0 ? DeliveryEventNames.Processed
                : digest % settings.BounceEvery == 0 ? DeliveryEventNames.Bounce
                : DeliveryEventNames.Delivered;
            ordered.Add((n % 2 == 0 ? message : message + settings.Lag + 0.5, digest, name));
        }

        ordered.Sort((a, b) => a.Order.CompareTo(b.Order));
        var events = ordered.Select((e, n) => Event(claims[e.Digest], e.Digest, e.Name, at, n)).ToList();
        var bodies = events.Chunk(settings.BatchSize).Select(batch => JsonSerializer.SerializeToUtf8Bytes(batch)).ToList();
        var expected = ordered
            .GroupBy(e => e.Digest)
            .Select(g => DeliveryStates.Name(DeliveryStates.From(g.Select(e => e.Name))))
            .Concat(Enumerable.Repeat(DeliveryStates.Name(DeliveryState.Accepted), Math.Max(0, claims.Count - ordered.Select(e => e.Digest).Distinct().Count())))
            .GroupBy(s => s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new DeliveryEventFeed(bodies, expected);
    }

    private static Dictionary<string, object?> Event(LedgerClaim claim, int digest, string name, DateTimeOffset at, int n)
    {
        var fields = new Dictionary<string, object?>
        {
            ["email"] = claim.Entry.To,
            ["timestamp"] = at.ToUnixTimeSeconds(),
            ["event"] = name,
            ["sg_event_id"] = string.Create(CultureInfo.InvariantCulture, $"bench-event-{n:D8}"),
            ["sg_message_id"] = DeliveriesSeeder.MessageId(digest),
            ["smtp-id"] = string.Create(CultureInfo.InvariantCulture, $"<bench{digest:D6}@ismtpd-555>"),
            ["category"] = new[] { "followup", "digest" },
            ["kind"] = "digest",
            ["local_date"] = IsoDate.Format(claim.Entry.LocalDate),
            ["run_id"] = claim.RunId,
            ["claim_id"] = claim.ClaimId,
        };
        if (name == DeliveryEventNames.Bounce)
        {
            fields["type"] = "bounce";
            fields["reason"] = BounceReason;
            fields["status"] = "5.1.1";
        }

        return fields;
    }
}
