using FollowUp.Functions.Backup;
using FollowUp.Tests.TestSupport;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Tests.Backup;

public sealed class BackupFunctionTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    [Fact]
    public async Task TimerWritesOneBackupBlobNamedForTheRun()
    {
        await using var context = BackupTestContext.Create(azurite);
        await BackupSeed.SeedAsync(context, commitments: 1);

        await new BackupFunction(context.Export).RunAsync(new TimerInfo(), CancellationToken.None);

        var blobs = new List<string>();
        await foreach (var blob in context.Blobs.GetBlobsAsync())
        {
            blobs.Add(blob.Name);
        }

        Assert.Equal([$"{context.Tables.Prefix}/{context.Tables.Prefix}-20261130T023000Z.jsonl.gz"], blobs);
    }

    [Fact]
    public async Task TimerFailsTheInvocationWhenTheBackupIsNotWritten()
    {
        await using var context = BackupTestContext.Create(azurite);
        await new BackupFunction(context.Export).RunAsync(new TimerInfo(), CancellationToken.None);

        var second = await Assert.ThrowsAsync<InvalidOperationException>(() => new BackupFunction(context.Export).RunAsync(new TimerInfo(), CancellationToken.None));

        Assert.Contains("already exists", second.Message, StringComparison.Ordinal);
    }
}
