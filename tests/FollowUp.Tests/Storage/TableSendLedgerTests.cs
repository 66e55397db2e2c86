using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.Email;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Storage;

public sealed class TableSendLedgerTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateTimeOffset ClaimedAt = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    private static LedgerEntry Entry(DateOnly day) =>
        new(MessageKind.Digest, "commerce.pk@example.org", day, [new ReminderKey("pta-implementation-plan", "commerce.pk@example.org", ReminderStage.Overdue, Monday.AddDays(-4))]);

    [Theory]
    [InlineData(10, false)]
    [InlineData(31, true)]
    public async Task AClaimLeftWithoutAnOutcomeForHalfAnHourIsLoggedForTheAlert(int minutesLater, bool logged)
    {
        await using var tables = azurite.CreateTables();
        var time = new FakeTimeProvider(ClaimedAt);
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var ledger = new TableSendLedger(tables.Service, Microsoft.Extensions.Options.Options.Create(tables.Options), time, factory.CreateLogger<TableSendLedger>());
        var entry = Entry(Monday);
        var read = await ledger.ReadAsync(MessageKind.Digest, entry.To, Monday.AddDays(-4), Monday);
        Assert.NotNull(await ledger.TryClaimAsync(entry, "run-1", read));

        time.Advance(TimeSpan.FromMinutes(minutesLater));
        var again = await ledger.ReadAsync(MessageKind.Digest, entry.To, Monday.AddDays(-4), Monday.AddDays(1));

        Assert.Contains(entry.Nudges[0], again.Recorded);
        var unresolved = logs.Entries.Where(e => e.EventId.Id == 2003).ToList();
        Assert.Equal(logged, unresolved.Count == 1);
        Assert.All(unresolved, e => Assert.Equal(("d|2026-11-30", "run-1"), (e.Values["RowKey"], e.Values["RunId"])));
    }

    [Fact]
    public async Task AClaimMadeSinceTheReadFailsEvenForAnotherDay()
    {
        await using var tables = azurite.CreateTables();
        var ledger = new TableSendLedger(tables.Service, Microsoft.Extensions.Options.Options.Create(tables.Options), new FakeTimeProvider(ClaimedAt));
        var monday = Entry(Monday);
        var tuesday = Entry(Monday.AddDays(1));
        var readMonday = await ledger.ReadAsync(MessageKind.Digest, monday.To, Monday.AddDays(-4), Monday);
        var readTuesday = await ledger.ReadAsync(MessageKind.Digest, tuesday.To, Monday.AddDays(-4), Monday.AddDays(1));

        var first = await ledger.TryClaimAsync(monday, "run-1", readMonday);
        var second = await ledger.TryClaimAsync(tuesday, "run-2", readTuesday);

        Assert.NotNull(first);
        Assert.Null(second);
    }
}
