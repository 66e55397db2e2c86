using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Backup;

/// <summary>What a round trip must bring back: commitments with history, ledger rows, link requests, and a row of every property type.</summary>
internal static class BackupSeed
{
    public const string TypesTable = "Extra";

    public static async Task SeedAsync(BackupTestContext context, int commitments = 3)
    {
        var store = context.Services.GetRequiredService<ICommitmentStore>();
        for (var i = 0; i < commitments; i++)
        {
            var saved = await store.AddAsync(TestCommitments.Bilateral($"commitment-{i}"));
            var current = Assert.IsType<SaveResult.Saved>(saved).Commitment;
            for (var update = 1; update <= 2; update++)
            {
                var next = current with { Status = CommitmentStatus.InProgress, Progress = update * 20 };
                var entry = new ProgressEntry(BackupTestContext.Now.AddDays(update), TestCommitments.Karachi.Email, current.Status, next.Status, current.Progress, next.Progress,
                    $"Update {update}: draft سے آگے", new DateOnly(2027, 1, update));
                current = Assert.IsType<SaveResult.Saved>(await store.ReplaceAsync(next, entry)).Commitment;
            }
        }

        var links = context.Services.GetRequiredService<ILinkRequestLedger>();
        Assert.NotNull(await links.TryClaimAsync("commitment-0", TestCommitments.Baku.Email, BackupTestContext.Now, TimeSpan.FromHours(1), perAddressPerDay: 5));

        var ledger = context.Table("SendLedger");
        await ledger.CreateIfNotExistsAsync();
        await ledger.AddEntityAsync(new TableEntity("commerce.pk%40example.org", "d|2026-11-30")
        {
            ["State"] = "Sent",
            ["ClaimedAt"] = BackupTestContext.Now,
            ["Nudges0"] = string.Join("\n", Enumerable.Range(0, 800).Select(n => $"2026-11-{n % 28 + 1:D2}|overdue|commitment-{n}")),
        });

        var types = context.Table(TypesTable);
        await types.CreateIfNotExistsAsync();
        await types.AddEntityAsync(new TableEntity("every type", "one row")
        {
            ["Text"] = "Ministry of Commerce — وزارت تجارت",
            ["Empty"] = "",
            ["Int32"] = -42,
            ["Int64"] = 9_007_199_254_740_993L,
            ["Double"] = 0.1,
            ["WholeDouble"] = 2.0,
            ["Flag"] = true,
            ["At"] = new DateTimeOffset(2026, 11, 30, 2, 30, 0, 123, TimeSpan.Zero).AddTicks(4567),
            ["Id"] = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["Bytes"] = new byte[] { 0, 1, 2, 250, 255 },
        });
    }
}
