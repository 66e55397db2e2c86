using Azure.Core;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Tests.Reminders;

/// <summary>"Each nudge at most once" is enforced by the write that claims it, whatever day each run saw.</summary>
public sealed class ScanClaimRaceTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly ResponsibleParty Karachi = new("Ministry of Commerce", "commerce.pk@example.org", "Asia/Karachi", OwnerRole.Lead);

    private static Commitment Overdue(DateOnly due) => TestCommitments.Bilateral("pta-implementation-plan", due) with { Owners = [Karachi] };

    /// <summary>Holds every claim until <paramref name="runs"/> runs have read the ledger and reached theirs.</summary>
    private static TaskCompletionSource HoldClaimsUntil(ObservedSendLedger ledger, int runs, TaskCompletionSource? firstArrived = null)
    {
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = 0;
        ledger.BeforeClaim = async _ =>
        {
            var number = Interlocked.Increment(ref arrived);
            firstArrived?.TrySetResult();
            if (number == runs)
            {
                all.TrySetResult();
            }

            // A guard against a hang, not a timing assertion: both runs always get here.
            await all.Task.WaitAsync(TimeSpan.FromMinutes(2));
        };
        return all;
    }

    [Fact]
    public async Task TwoOverlappingRunsEitherSideOfTheOwnersMidnightSendTheNudgeOnce()
    {
        // Due 25 November: 27 and 28 November both owe the first overdue reminder, dated the 26th.
        var beforeMidnight = new DateTimeOffset(2026, 11, 27, 23, 59, 0, TimeSpan.FromHours(5));
        await using var h = new ScanHarness(azurite, beforeMidnight);
        await h.SeedAsync(Overdue(new DateOnly(2026, 11, 25)));
        HoldClaimsUntil(h.Ledger, runs: 2);

        var reports = await Task.WhenAll(h.Scan.RunAsync(beforeMidnight), h.Scan.RunAsync(beforeMidnight.AddMinutes(2)));

        Assert.Equal(["commerce.pk@example.org pta-implementation-plan Overdue 2026-11-26"], h.DeliveredNudges);
        Assert.Equal(1, reports.Sum(r => r.Sent));
        Assert.Equal(1, reports.Sum(r => r.Skipped));
    }

    [Fact]
    public async Task AZoneCorrectionBetweenTwoOverlappingRunsDoesNotSendTheNudgeTwice()
    {
        // 20:00 UTC on 30 November is already 1 December in Karachi but still 30 November in New York;
        // due 27 November, both days owe the first overdue reminder, dated the 28th.
        var instant = new DateTimeOffset(2026, 11, 30, 20, 0, 0, TimeSpan.Zero);
        await using var h = new ScanHarness(azurite, instant);
        var seeded = await h.SeedAsync(Overdue(new DateOnly(2026, 11, 27)));
        var firstHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        HoldClaimsUntil(h.Ledger, runs: 2, firstHasRead);

        var karachiRun = h.Scan.RunAsync(instant);
        await firstHasRead.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await h.Store.UpsertAsync(seeded with { Owners = [Karachi with { TimeZone = "America/New_York" }] });
        var newYorkRun = h.Scan.RunAsync(instant);
        var reports = await Task.WhenAll(karachiRun, newYorkRun);

        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30)], reports.Select(r => r.Digests.Single().Digest.LocalDate));
        Assert.Equal(["commerce.pk@example.org pta-implementation-plan Overdue 2026-11-28"], h.DeliveredNudges);
    }

    [Fact]
    public async Task AClaimWhoseAnswerWasLostIsRecognisedAsOursAndTheDigestGoesOut()
    {
        var now = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(5));
        // The claim is the run's one entity-group transaction.
        var lost = new LostResponsePolicy(m => m.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal), LostResponse.ConnectionDropped);
        await using var h = new ScanHarness(azurite, now, s => ReplaceLedgerClient(s, lost));
        await h.SeedAsync(Overdue(new DateOnly(2026, 11, 25)));

        var report = await h.Scan.RunAsync(now);

        Assert.True(lost.HasLostOne);
        Assert.Equal(DigestDelivery.Sent, Assert.Single(report.Digests).Delivery);
        Assert.Single(h.Sender.Delivered);
        Assert.Equal("Sent", (await h.StatesAsync(Karachi.Email))["d|2026-11-30"]);
    }

    [Fact]
    public async Task AnOutcomeWhoseAnswerWasLostIsRecordedAndNotMistakenForAnotherRuns()
    {
        var now = new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(5));
        // The settle is the run's one merge of a single entity.
        var lost = new LostResponsePolicy(m => m.Request.Method == RequestMethod.Patch || m.Request.Method.Method == "MERGE", LostResponse.ConnectionDropped);
        await using var h = new ScanHarness(azurite, now, s => ReplaceLedgerClient(s, lost));
        await h.SeedAsync(Overdue(new DateOnly(2026, 11, 25)));
        var settled = 0;
        h.Ledger.BeforeSettle = _ =>
        {
            Interlocked.Increment(ref settled);
            return Task.CompletedTask;
        };

        await h.Scan.RunAsync(now);

        Assert.Equal((true, 1), (lost.HasLostOne, settled));
        Assert.Equal("Sent", (await h.StatesAsync(Karachi.Email))["d|2026-11-30"]);
    }

    /// <summary>The ledger on a client of its own whose pipeline loses the chosen answers.</summary>
    private static void ReplaceLedgerClient(IServiceCollection services, LostResponsePolicy lost) =>
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FollowUpOptions>>();
            var client = new TableClientOptions { Retry = { Delay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(10) } };
            client.AddPolicy(lost, HttpPipelinePosition.PerRetry);
            var ledger = new TableSendLedger(new TableServiceClient(options.Value.Storage.ConnectionString, client), options, sp.GetRequiredService<TimeProvider>());
            return new ObservedSendLedger(ledger);
        });
}
