using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Reminders;

/// <summary>
/// How the scan and the send ledger meet: outcomes recorded while the next digest is claimed, never
/// piling up, and what stays claimed when an outcome cannot be written or the run is cancelled.
/// </summary>
public sealed class ReminderScanLedgerTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateTimeOffset MondayMorning = SampleScan.MondayMorning;

    private Task<SampleScan> SampleAsync(Action<IServiceCollection>? configure = null) => SampleScan.StartAsync(azurite, configure);

    private static void ObserveLedger(IServiceCollection services) => services
        .AddSingleton(sp => new ObservedSendLedger(ActivatorUtilities.CreateInstance<TableSendLedger>(sp)))
        .AddSingleton<ISendLedger>(sp => sp.GetRequiredService<ObservedSendLedger>());

    [Fact]
    public async Task NextDigestIsClaimedWhileThePreviousOutcomeIsStillBeingRecorded()
    {
        await using var h = await SampleAsync(ObserveLedger);
        var ledger = h.Get<ObservedSendLedger>();
        var claims = 0;
        var secondClaimStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var overlapped = false;
        ledger.BeforeClaim = _ =>
        {
            if (Interlocked.Increment(ref claims) == 2)
            {
                secondClaimStarted.TrySetResult();
            }

            return Task.CompletedTask;
        };
        ledger.BeforeSettle = async claim =>
        {
            // The first outcome's write waits (up to a bound, so a scan that does not overlap fails
            // rather than hangs) for the second digest's claim.
            if (Volatile.Read(ref claims) == 1)
            {
                overlapped = await Task.WhenAny(secondClaimStarted.Task, Task.Delay(TimeSpan.FromSeconds(5))) == secondClaimStarted.Task;
            }
        };

        var report = await h.Scan.RunAsync(MondayMorning);

        Assert.True(overlapped, "the second digest was not claimed until the first outcome had been recorded");
        Assert.Equal(8, report.Sent);
    }

    private static async Task<Dictionary<string, string>> LedgerStatesAsync(SampleScan h)
    {
        var table = h.Tables.Service.GetTableClient(h.Tables.Options.Storage.SendLedgerTable);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            // Digest day rows only: not the claim heads, not the secretariat's escalation rows.
            if (row.RowKey.StartsWith("d|2", StringComparison.Ordinal))
            {
                states[Uri.UnescapeDataString(row.PartitionKey)] = row.GetString("State");
            }
        }

        return states;
    }

    [Fact]
    public async Task RunReturnsOnlyOnceEveryOutcomeIsRecordedAndNeverLetsWritesPileUp()
    {
        await using var h = await SampleAsync(ObserveLedger);
        var ledger = h.Get<ObservedSendLedger>();
        var settles = 0;

        // Only the first outcome is slow: a run that stopped waiting for earlier writes would
        // return with it still running, or let the later ones pile up behind it.
        ledger.BeforeSettle = _ => Interlocked.Increment(ref settles) == 1 ? Task.Delay(500) : Task.CompletedTask;

        await h.Scan.RunAsync(MondayMorning);

        Assert.Equal(Enumerable.Repeat("Sent", 8), (await LedgerStatesAsync(h)).Values);

        // At most the write being waited for and the one just started.
        Assert.InRange(ledger.MostSettlesAtOnce, 1, 2);
    }

    [Fact]
    public async Task RefusedDigestIsReleasedBeforeTheNextOneIsClaimed()
    {
        await using var h = await SampleAsync(ObserveLedger);
        var ledger = h.Get<ObservedSendLedger>();
        h.Sender.Refused.Add("health.az@example.org");

        await h.Scan.RunAsync(MondayMorning);

        // A refused digest is claimed and unsent until its release is written; a crash must never
        // find that and another claim in flight at once.
        var events = ledger.Events.ToList();
        var claimed = events.IndexOf("claim health.az@example.org");
        var released = events.IndexOf("settled health.az@example.org");
        Assert.InRange(claimed, 0, events.Count - 2);
        Assert.True(released > claimed, string.Join(" / ", events));
        Assert.DoesNotContain(events[claimed..released], e => e.StartsWith("claim ", StringComparison.Ordinal) && e != events[claimed]);
        Assert.Equal("Failed", (await LedgerStatesAsync(h))["health.az@example.org"]);
    }

    public static TheoryData<string> SettleFailures => ["refused", "outage", "bug"];

    [Theory]
    [MemberData(nameof(SettleFailures))]
    public async Task OutcomeTheLedgerCannotRecordLeavesTheClaimStandingAndTheRunGoesOn(string failure)
    {
        await using var h = await SampleAsync(ObserveLedger);
        Exception error = failure switch
        {
            "refused" => new Azure.RequestFailedException(503, "Server busy"),

            // What Azure.Core throws once its retries of a transport failure are spent.
            "outage" => new AggregateException("Retry failed after 4 tries.", new HttpRequestException("Connection refused")),
            _ => new InvalidOperationException("unexpected"),
        };
        h.Get<ObservedSendLedger>().BeforeSettle = claim => claim.Entry.To == "health.az@example.org"
            ? Task.FromException(error)
            : Task.CompletedTask;

        var first = await h.Scan.RunAsync(MondayMorning);
        h.Get<ObservedSendLedger>().BeforeSettle = null;
        var rerun = await h.Scan.RunAsync(MondayMorning.AddHours(1));

        Assert.Equal(8, first.Sent);
        Assert.Equal("Claimed", (await LedgerStatesAsync(h))["health.az@example.org"]);
        Assert.Equal(0, rerun.Sent);
        Assert.Equal(8, h.Sender.Delivered.Count);
    }

    [Fact]
    public async Task CancelledRunStillRecordsTheOutcomesItAlreadyKnows()
    {
        await using var h = await SampleAsync(ObserveLedger);
        var accepted = 0;
        using var shutdown = new CancellationTokenSource();

        // The host shuts down while the third digest is being sent, with the second one's outcome
        // still being written: that write must not be cancelled along with the run.
        var settles = 0;
        h.Get<ObservedSendLedger>().BeforeSettle = _ => Interlocked.Increment(ref settles) == 2 ? Task.Delay(500) : Task.CompletedTask;
        h.Sender.AfterAccept = _ =>
        {
            if (Interlocked.Increment(ref accepted) == 3)
            {
                shutdown.Cancel();
                throw new OperationCanceledException(shutdown.Token);
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Scan.RunAsync(MondayMorning, cancellationToken: shutdown.Token));

        var states = (await LedgerStatesAsync(h)).Values.ToList();
        Assert.Equal(2, states.Count(s => s == "Sent"));
        Assert.Equal(1, states.Count(s => s == "Claimed"));
    }

    [Fact]
    public async Task OwnerWhoseLedgerRowCannotBeReadIsPassedOverAndEveryOtherOwnerIsSent()
    {
        await using var h = await SampleAsync();
        var table = h.Tables.Service.GetTableClient(h.Tables.Options.Storage.SendLedgerTable);
        await table.CreateIfNotExistsAsync();

        // An earlier day's row for one owner, edited by hand into something FollowUp did not write.
        await table.AddEntityAsync(new Azure.Data.Tables.TableEntity(TableSendLedger.PartitionFor("health.az@example.org"), "d|2026-11-27")
        {
            ["State"] = "Sent",
            ["Nudges0"] = "2026-11-27|Sometime|health-emergencies-capacity",
        });

        var report = await h.Scan.RunAsync(MondayMorning);

        Assert.Equal(7, report.Sent);
        Assert.DoesNotContain(h.Sender.Delivered, d => d.To == "health.az@example.org");
        Assert.Contains(report.Digests, d => d.Digest.To == "health.az@example.org" && d.Delivery == DigestDelivery.Skipped);
    }
}
