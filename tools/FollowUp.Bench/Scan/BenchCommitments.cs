using System.Globalization;
using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;

namespace FollowUp.Bench.Scan;

/// <summary>
/// The synthetic commitments <c>FollowUp.Bench scan</c> seeds. Each is bilateral (a Karachi lead
/// and a Baku counterpart from a pool of owner addresses) and falls in one of three groups:
/// owed a nudge at the benchmark's instant, closed, or open with nothing owed yet. A fixed seed
/// makes the set the same on every run of the same size, so runs compare.
/// </summary>
public sealed class BenchCommitments
{
    private const int Seed = 20261130;

    /// <summary>The furthest an owed commitment is overdue; older ones would be escalated just the same.</summary>
    private const int MaxDaysOverdue = 60;

    private readonly IReadOnlyList<ResponsibleParty> _karachi;
    private readonly IReadOnlyList<ResponsibleParty> _baku;
    private readonly DateOnly _earliestToday;
    private readonly DateOnly _latestToday;
    private readonly ReminderPolicy _policy;

    /// <summary>The largest "upcoming" offset (the first reminder): a due date this close is owed a nudge.</summary>
    private readonly int _upcomingWindowDays;

    /// <param name="policy">The policy the scan will apply: its windows decide which due dates are owed.</param>
    public BenchCommitments(int count, int owners, double dueFraction, double closedFraction, DateTimeOffset asOf, ReminderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(owners, 2);
        if (dueFraction is < 0 or > 1 || closedFraction is < 0 or > 1 || dueFraction + closedFraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(dueFraction), "The due and closed fractions are each between 0 and 1, and together at most 1.");
        }

        Count = count;
        DueFraction = dueFraction;
        ClosedFraction = closedFraction;
        AsOf = asOf;
        _policy = policy;
        _upcomingWindowDays = policy.UpcomingDays.Max();

        // Even pool slots are Pakistani ministries, odd ones Azerbaijani: an address keeps one zone,
        // as a real ministry's does, so its digest has one local date.
        var pool = Enumerable.Range(0, owners).Select(Owner).ToList();
        _karachi = [.. pool.Where(o => o.TimeZone == KarachiZone)];
        _baku = [.. pool.Where(o => o.TimeZone == BakuZone)];

        // The two zones can be on different dates (around midnight UTC); every owed due date must be
        // owed in both, and every not-yet-owed one in neither.
        var karachiToday = LocalDate(asOf, KarachiZone);
        var bakuToday = LocalDate(asOf, BakuZone);
        _earliestToday = karachiToday < bakuToday ? karachiToday : bakuToday;
        _latestToday = karachiToday < bakuToday ? bakuToday : karachiToday;
    }

    public const string KarachiZone = "Asia/Karachi";

    public const string BakuZone = "Asia/Baku";

    public int Count { get; }

    public double DueFraction { get; }

    public double ClosedFraction { get; }

    public DateTimeOffset AsOf { get; }

    /// <summary>The commitments in id order, made as they are enumerated so that seeding holds none of them.</summary>
    public IEnumerable<Commitment> Generate() => Classified().Select(c => c.Commitment);

    /// <summary>How many seeded commitments are open: what the scan reads.</summary>
    public int OpenCount() => Classified().Count(c => c.Commitment.IsOpen);

    /// <summary>
    /// Every address that should get exactly one digest at <see cref="AsOf"/>: an owner of an owed
    /// commitment whose own clock allows mail now (a weekend or a holiday in its zone sends nothing).
    /// </summary>
    public IReadOnlySet<string> ExpectedRecipients()
    {
        var canSend = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            [KarachiZone] = _policy.ClockFor(KarachiZone, AsOf).CanSendNow,
            [BakuZone] = _policy.ClockFor(BakuZone, AsOf).CanSendNow,
        };

        var expected = new HashSet<string>(EmailAddresses.Comparer);
        foreach (var (commitment, owed) in Classified())
        {
            if (owed)
            {
                expected.UnionWith(commitment.Owners.Where(o => canSend[o.TimeZone]).Select(o => o.Email));
            }
        }

        return expected;
    }

    private IEnumerable<(Commitment Commitment, bool Owed)> Classified()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Count; i++)
        {
            var roll = random.NextDouble();
            var owners = new[] { _karachi[random.Next(_karachi.Count)], _baku[random.Next(_baku.Count)] };
            var owed = roll < DueFraction;
            var closed = !owed && roll < DueFraction + ClosedFraction;

            // Owed: anywhere from two months overdue to inside the upcoming window. Not owed: due
            // beyond the window, and updated (or created) recently enough not to be stale; a day
            // is kept in hand because a zone's date can be a day ahead of UTC.
            var dueDate = owed
                ? _earliestToday.AddDays(random.Next(-MaxDaysOverdue, _upcomingWindowDays + 1))
                : _latestToday.AddDays(random.Next(_upcomingWindowDays + 1, _upcomingWindowDays + 365));
            var recentDays = Math.Max(1, _policy.StaleAfterDays - 1);
            var createdAt = AsOf.AddDays(-random.Next(recentDays));
            var updatedAt = AsOf.AddDays(-random.Next(recentDays));
            var hasUpdate = random.Next(2) == 0;

            var commitment = new Commitment
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"bench-{i:D7}"),
                Commission = "bench-jc",
                Title = string.Create(CultureInfo.InvariantCulture, $"Benchmark commitment {i}: agree and publish a joint implementation plan"),
                Description = "Synthetic commitment seeded by FollowUp.Bench scan. Both sides undertook to act; this item tracks the plan, its milestones and a review date.",
                Sector = "trade",
                DueDate = dueDate,
                Status = closed ? CommitmentStatus.Completed : hasUpdate ? CommitmentStatus.InProgress : CommitmentStatus.NotStarted,
                Progress = closed ? 100 : hasUpdate ? 40 : 0,
                Owners = owners,
                EscalationEmail = "secretariat.bench@example.org",
                Source = "Benchmark joint commission, agreed outcomes",
                LastUpdate = hasUpdate ? new LastUpdate(updatedAt, owners[0].Email, "Draft circulated to the counterpart for comment.") : null,
                CreatedAt = createdAt,
            };
            yield return (commitment, owed);
        }
    }

    private static ResponsibleParty Owner(int slot) => slot % 2 == 0
        ? new(string.Create(CultureInfo.InvariantCulture, $"Ministry {slot} (Pakistan)"), string.Create(CultureInfo.InvariantCulture, $"owner{slot:D5}.pk@example.org"), KarachiZone, OwnerRole.Lead)
        : new(string.Create(CultureInfo.InvariantCulture, $"Ministry {slot} (Azerbaijan)"), string.Create(CultureInfo.InvariantCulture, $"owner{slot:D5}.az@example.org"), BakuZone, OwnerRole.Counterpart);

    private static DateOnly LocalDate(DateTimeOffset instant, string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
}
