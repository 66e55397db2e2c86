using FollowUp.Core.Commitments;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;

namespace FollowUp.Tests.Reminders;

/// <summary>The scan's read split over the owner index plans exactly what the full read plans.</summary>
public sealed class ShardedPlanningTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    // Monday 30 November 2026, 05:00 UTC; the harness lets mail out at any hour of any day.
    internal static readonly DateTimeOffset Monday = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    private static readonly string[] Zones = ["Asia/Karachi", "Asia/Baku", "Europe/London"];

    // Escalated (due+15 and more), overdue, due today, upcoming and not yet owed.
    private static readonly int[] DueOffsets = [-40, -20, -16, -8, -1, 0, 3, 14, 60];

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(64)]
    public async Task ShardedPlanGivesEveryOwnerTheDigestTheFullReadGives(int shards)
    {
        await using var h = new ScanHarness(azurite, Monday);
        await SeedAsync(h);

        var full = await h.Scan.RunAsync(Monday, dryRun: true);
        var sharded = await h.Scan.RunAsync(Monday, dryRun: true, shards: shards);

        Assert.True(full.Digests.Count > 20, "the seed should owe most owners a digest");
        Assert.NotEmpty(full.Escalations);
        Assert.Equal(Describe(full.Digests), Describe(sharded.Digests));
        Assert.Equal(Describe(full.Escalations), Describe(sharded.Escalations));
        Assert.Equal(full.DueItems, sharded.DueItems);
        Assert.Empty(sharded.SkippedAddresses);
    }

    [Fact]
    public async Task ShardedRunSendsEachOwnerOneDigestAndARepeatSendsNothing()
    {
        await using var h = new ScanHarness(azurite, Monday);
        await SeedAsync(h);
        var planned = await h.Scan.RunAsync(Monday, dryRun: true);

        var first = await h.Scan.RunAsync(Monday, shards: 4);
        var again = await h.Scan.RunAsync(Monday.AddHours(1), shards: 4);

        Assert.Equal(planned.Digests.Select(d => d.Digest.To).Order(StringComparer.Ordinal), h.Sender.Delivered.Select(d => d.To).Order(StringComparer.Ordinal));
        Assert.Equal(planned.Digests.Count, first.Sent);
        Assert.Equal(0, again.Sent);
    }

    /// <summary>
    /// Thirty owners on sixty commitments, two owners each (so most commitments span two buckets),
    /// one owner spelt differently and in another zone on some commitments, every fifth closed, every
    /// seventh with an escalation contact; and stale index rows of every kind a crash or a hand edit leaves.
    /// </summary>
    internal static async Task SeedAsync(ScanHarness h)
    {
        var owners = Enumerable.Range(0, 30)
            .Select(i => new ResponsibleParty($"Ministry {i}", $"owner{i}@example.org", Zones[i % Zones.Length], OwnerRole.Lead))
            .ToList();
        for (var j = 0; j < 60; j++)
        {
            var first = j % 11 == 0 ? owners[j % 30] with { Email = $"Owner{j % 30}@Example.org", TimeZone = "Europe/London" } : owners[j % 30];
            var second = owners[((j * 7) + 3) % 30] with { Role = OwnerRole.Counterpart };
            await h.SeedAsync(TestCommitments.Bilateral($"commitment-{j:D3}", DateOnly.FromDateTime(Monday.UtcDateTime).AddDays(DueOffsets[j % DueOffsets.Length])) with
            {
                Owners = EmailAddresses.AreSame(first.Email, second.Email) ? [first] : [first, second],
                Status = j % 5 == 4 ? CommitmentStatus.Completed : CommitmentStatus.InProgress,
                EscalationEmail = j % 7 == 0 ? $"contact{j % 3}@example.org" : null,
                CreatedAt = Monday.AddDays(-50),
            });
        }

        await h.OwnerIndexTable.UpsertEntityAsync(OwnerIndexTable.Row("owner5@example.org", "no-such-commitment"));
        await h.OwnerIndexTable.UpsertEntityAsync(OwnerIndexTable.Row("owner6@example.org", "commitment-004"));
        await h.OwnerIndexTable.UpsertEntityAsync(OwnerIndexTable.Row("owner7@example.org", "commitment-001"));
        await h.OwnerIndexTable.UpsertEntityAsync(new Azure.Data.Tables.TableEntity(OwnerIndexKeys.PartitionOf(0), "not-a-row-followup-wrote"));
    }

    private static List<string> Describe(IEnumerable<DigestOutcome> digests) =>
        [.. digests.Select(o => $"{o.Digest.To} {o.Digest.Ministry} {o.Digest.TimeZone} {o.Digest.LocalDate:yyyy-MM-dd} {o.Delivery}: " + string.Join(", ",
            o.Digest.Items.Select(i => $"{i.Commitment.Id} {i.Stage} {i.StageDate:yyyy-MM-dd} #{i.OverdueReminder}{(i.Escalated ? " escalated" : "")} {i.UpdateLink}")))
            .Order(StringComparer.Ordinal)];

    private static List<string> Describe(IEnumerable<EscalationOutcome> escalations) =>
        [.. escalations.Select(o => $"{o.Escalation.To} {o.Escalation.TimeZone} {o.Escalation.LocalDate:yyyy-MM-dd} {o.Delivery}: " + string.Join(", ",
            o.Escalation.Items.Select(i => $"{i.Commitment.Id} {i.StageDate:yyyy-MM-dd} {i.DaysOverdue}d " + string.Join("+", i.Owners.Select(p => p.Email)))))
            .Order(StringComparer.Ordinal)];
}
