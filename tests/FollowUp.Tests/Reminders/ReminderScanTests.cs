using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Reminders;

/// <summary>The scan end to end on the sample commitments, with the ledger in Azurite and a recording sender.</summary>
public sealed class ReminderScanTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset MondayMorning = SampleScan.MondayMorning;

    private Task<SampleScan> SampleAsync(Action<IServiceCollection>? configure = null) => SampleScan.StartAsync(azurite, configure);

    private static IEnumerable<string> Describe(IEnumerable<Digest> digests) =>
        digests.SelectMany(d => d.Items.Select(i => $"{d.To} {i.Commitment.Id} {i.Stage} {i.StageDate:yyyy-MM-dd}{(i.Escalated ? " escalated" : "")}")).Order(StringComparer.Ordinal);

    [Fact]
    public async Task DryRunOnTheSampleListsTheDigestsEachOwnerIsOwed()
    {
        await using var h = await SampleAsync();

        var report = await h.Scan.RunAsync(MondayMorning, dryRun: true);

        Assert.Equal(16, report.Scanned);
        Assert.All(report.Digests, d => Assert.Equal(DigestDelivery.Planned, d.Delivery));
        Assert.Equal(
            [
                "agriculture.az@example.org cotton-research Overdue 2026-11-28",
                "commerce.pk@example.org pta-implementation-plan Overdue 2026-11-26 escalated",
                "customs.az@example.org customs-edi-mou Upcoming 2026-11-26",
                "customs.pk@example.org customs-edi-mou Upcoming 2026-11-26",
                "economy.az@example.org pta-implementation-plan Overdue 2026-11-26 escalated",
                "food-security.pk@example.org cotton-research Overdue 2026-11-28",
                "health.az@example.org health-emergencies-capacity Overdue 2026-11-27 escalated",
                "health.pk@example.org health-emergencies-capacity Overdue 2026-11-27 escalated",
            ],
            Describe(report.Digests.Select(d => d.Digest)));
        Assert.Empty(h.Sender.Delivered);
    }

    [Fact]
    public async Task EscalatedCommitmentsReachTheSecretariatInTheirOwnMessageAndEveryDigestOnlyItsOwner()
    {
        await using var h = await SampleAsync();

        var report = await h.Scan.RunAsync(MondayMorning);

        // Before, the secretariat and the escalation contact were copied on the owners' digests,
        // links and all. Now each digest went to its owner alone, and each copied address got one
        // message of its own naming the escalated commitments and whose they are.
        Assert.All(h.Sender.Delivered, d => Assert.All(d.Items, i => Assert.NotNull(i.Commitment.FindOwner(d.To))));
        Assert.Equal(
            [
                "jc-secretariat@example.org health-emergencies-capacity: Ministry of National Health Services, Regulations and Coordination, Ministry of Health",
                "jc-secretariat@example.org pta-implementation-plan: Ministry of Commerce, Ministry of Economy",
                "jc8-secretariat.az@example.org health-emergencies-capacity: Ministry of National Health Services, Regulations and Coordination, Ministry of Health",
                "jc8-secretariat.pk@example.org pta-implementation-plan: Ministry of Commerce, Ministry of Economy",
            ],
            h.Sender.Escalations.SelectMany(e => e.Items.Select(i => $"{e.To} {i.Commitment.Id}: {string.Join(", ", i.Owners.Select(o => o.Ministry))}")).Order(StringComparer.Ordinal));
        Assert.Equal(3, report.EscalationsSent);
    }

    [Fact]
    public async Task DryRunWritesNothingSoARealRunStillSendsEverything()
    {
        await using var h = await SampleAsync();

        await h.Scan.RunAsync(MondayMorning, dryRun: true);
        var real = await h.Scan.RunAsync(MondayMorning);

        Assert.Equal(8, real.Sent);
        Assert.Equal(8, h.Sender.Delivered.Count);
    }

    [Fact]
    public async Task SecondRunAtTheSameInstantSendsNothing()
    {
        await using var h = await SampleAsync();

        var first = await h.Scan.RunAsync(MondayMorning);
        var second = await h.Scan.RunAsync(MondayMorning);

        Assert.Equal((8, 0), (first.Sent, first.Failed));
        Assert.Equal((0, 0, 0), (second.Sent, second.Failed, second.Digests.Count));
        Assert.Equal(8, h.Sender.Delivered.Count);
    }

    [Fact]
    public async Task OwnerSentOnceTodayGetsANewItemTheNextWorkingDayNotASecondDigest()
    {
        await using var h = await SampleAsync();
        await h.Scan.RunAsync(MondayMorning);

        // Later that Monday the tariff notices are brought forward to Thursday: an upcoming stage is owed today.
        var notices = (await h.Store.GetAsync("pta-tariff-notices"))!;
        Assert.IsType<SaveResult.Saved>(await h.Store.ReplaceAsync(notices with { DueDate = new DateOnly(2026, 12, 3) }));
        var monday = await h.Scan.RunAsync(MondayMorning.AddHours(3));
        var tuesday = await h.Scan.RunAsync(MondayMorning.AddDays(1));

        // Tuesday also brings the defence MoU's 14-day reminder; Monday's overdue items are not repeated.

        Assert.Equal(0, monday.Sent);
        Assert.Equal(["commerce.pk@example.org", "economy.az@example.org"], monday.Digests.Where(d => d.Delivery == DigestDelivery.Skipped).Select(d => d.Digest.To).Order());
        Assert.Equal(
            [
                "commerce.pk@example.org pta-tariff-notices Upcoming 2026-11-30",
                "defence-industry.az@example.org defence-production-mou Upcoming 2026-12-01",
                "defence-production.pk@example.org defence-production-mou Upcoming 2026-12-01",
                "economy.az@example.org pta-tariff-notices Upcoming 2026-11-30",
            ],
            Describe(tuesday.Digests.Select(d => d.Digest)));
    }

    [Fact]
    public async Task LargestDigestIsRecordedWholeInTheLedger()
    {
        await using var tables = azurite.CreateTables();
        var sender = new RecordingDigestSender();
        var services = tables.BuildServices(s => s.AddSingleton<IDigestSender>(sender).AddSingleton<IEscalationSender>(sender));
        await using (services)
        {
            var store = services.GetRequiredService<ICommitmentStore>();

            // The longest ids there are, so the ledger row is as large as a digest can make it.
            await Parallel.ForEachAsync(Enumerable.Range(0, Digest.MaxItems), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
                await store.AddAsync(TestCommitments.Bilateral($"item-{i:D4}-".PadRight(Commitment.MaxIdLength, 'x'), due: new DateOnly(2026, 11, 30)) with { Owners = [TestCommitments.Karachi] }, cancellationToken: ct));

            var first = await services.GetRequiredService<ReminderScan>().RunAsync(MondayMorning);
            var again = await services.GetRequiredService<ReminderScan>().RunAsync(MondayMorning.AddHours(2));
            var tuesday = await services.GetRequiredService<ReminderScan>().RunAsync(MondayMorning.AddDays(1));

            Assert.Equal(Digest.MaxItems, Assert.Single(first.Digests).Digest.Items.Count);
            Assert.Equal(1, first.Sent);
            Assert.Equal(0, again.DueItems);

            // Tuesday owes each item its first overdue reminder, a new stage: all of them again, none of Monday's.
            var overdue = Assert.Single(tuesday.Digests).Digest.Items;
            Assert.Equal(Digest.MaxItems, overdue.Count);
            Assert.All(overdue, i => Assert.Equal(ReminderStage.Overdue, i.Stage));
        }
    }

    [Fact]
    public async Task RowThatCannotBeReadIsSkippedAndEveryOtherOwnerStillGetsTheirDigest()
    {
        await using var h = await SampleAsync();
        var table = h.Tables.Service.GetTableClient(h.Tables.Options.Storage.CommitmentsTable);
        var broken = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>("cotton-research", "commitment")).Value;
        broken["Status"] = "Abandoned";
        await table.UpdateEntityAsync(broken, broken.ETag);

        var report = await h.Scan.RunAsync(MondayMorning);

        Assert.Equal(15, report.Scanned);
        Assert.Equal(6, report.Sent);
        Assert.DoesNotContain(h.Sender.Delivered, d => d.Items.Any(i => i.Commitment.Id == "cotton-research"));
    }

    [Fact]
    public async Task TwoOverlappingRunsSendEachDigestExactlyOnce()
    {
        await using var h = await SampleAsync();

        var reports = await Task.WhenAll(h.Scan.RunAsync(MondayMorning), h.Scan.RunAsync(MondayMorning), h.Scan.RunAsync(MondayMorning));

        Assert.Equal(8, reports.Sum(r => r.Sent));
        Assert.Equal(8, h.Sender.Delivered.Count);
        Assert.Equal(8, h.Sender.Delivered.Select(d => d.To).Distinct().Count());
    }

    [Fact]
    public async Task RefusedDigestIsRecordedAsFailedAndSentByTheNextRun()
    {
        await using var h = await SampleAsync();
        h.Sender.Refused.Add("health.az@example.org");

        var first = await h.Scan.RunAsync(MondayMorning);
        h.Sender.Refused.Clear();
        var second = await h.Scan.RunAsync(MondayMorning.AddHours(1));

        var failed = Assert.Single(first.Digests, d => d.Delivery == DigestDelivery.Failed);
        Assert.Equal("health.az@example.org", failed.Digest.To);
        Assert.Contains("valid address", failed.Error, StringComparison.Ordinal);
        Assert.Equal(7, first.Sent);
        Assert.Equal("health.az@example.org", Assert.Single(second.Digests).Digest.To);
        Assert.Equal(1, second.Sent);
    }

    [Fact]
    public async Task RunThatDiesMidWayThenRerunsNeverSendsADuplicate()
    {
        await using var h = await SampleAsync();
        var accepted = 0;
        using var death = new CancellationTokenSource();

        // The process dies right after the provider accepted the third message, before the ledger hears of it.
        h.Sender.AfterAccept = _ =>
        {
            if (Interlocked.Increment(ref accepted) == 3)
            {
                death.Cancel();
                throw new OperationCanceledException(death.Token);
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Scan.RunAsync(MondayMorning, cancellationToken: death.Token));
        h.Sender.AfterAccept = null;

        var rerun = await h.Scan.RunAsync(MondayMorning);

        Assert.Equal(3, accepted);
        Assert.Equal(5, rerun.Sent);
        Assert.Equal(8, h.Sender.Delivered.Count);
        Assert.Equal(8, h.Sender.Delivered.Select(d => d.To).Distinct().Count());
    }

    [Fact]
    public async Task NothingGoesOutOnASundayAndMondayCatchesUp()
    {
        await using var h = await SampleAsync();

        var sunday = await h.Scan.RunAsync(MondayMorning.AddDays(-1));
        var monday = await h.Scan.RunAsync(MondayMorning);

        Assert.Empty(sunday.Digests);
        Assert.Equal(8, monday.Sent);
    }
}
