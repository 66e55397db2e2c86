using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Storage;

public sealed class LedgerDayRowTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    private static Digest DigestOf(int count, int idLength)
    {
        var items = Enumerable.Range(0, count)
            .Select(i =>
            {
                var id = $"c{i:D4}-".PadRight(idLength, 'x');
                var stage = (ReminderStage)(i % 4);
                return new DigestItem(TestCommitments.Bilateral(id) with { Owners = [TestCommitments.Karachi] }, stage, Monday.AddDays(-(i % 20)), 0, false, new Uri("https://example.org/"));
            })
            .ToList();
        return new Digest(TestCommitments.Karachi.Email, "Ministry of Commerce", "Asia/Karachi", Monday, items);
    }

    [Fact]
    public void LargestDigestWithTheLongestIdsStaysWithinTheServicesPropertyAndEntityLimits()
    {
        var digest = DigestOf(Digest.MaxItems, Commitment.MaxIdLength);

        var row = LedgerDayRow.Claim("p", LedgerEntry.For(digest), "run", "claim", DateTimeOffset.UnixEpoch);

        var nudges = row.Keys.Where(k => k.StartsWith("Nudges", StringComparison.Ordinal)).ToList();
        Assert.True(nudges.Count > 1, "a thousand of the longest keys must spill over one property");
        Assert.All(nudges, k => Assert.InRange(((string)row[k]).Length, 1, 32 * 1024));

        // Strings count two bytes a character towards the service's 1 MiB per entity.
        var bytes = row.Sum(p => 2 * p.Key.Length + (p.Value is string s ? 2 * s.Length : 8));
        Assert.InRange(bytes, 1, 1024 * 1024 / 4);
    }

    [Fact]
    public void EveryNudgeWrittenIsReadBackFromItsStageDateOn()
    {
        var digest = DigestOf(Digest.MaxItems, Commitment.MaxIdLength);
        var row = LedgerDayRow.Claim("p", LedgerEntry.For(digest), "run", "claim", DateTimeOffset.UnixEpoch);
        var from = Monday.AddDays(-9);

        var read = LedgerDayRow.Nudges(row, digest.To, from).ToHashSet();

        var expected = digest.Items.Where(i => i.StageDate >= from).Select(i => ReminderKey.For(digest, i)).ToHashSet();
        Assert.Equal(500, expected.Count);
        Assert.True(expected.SetEquals(read));
    }
}
