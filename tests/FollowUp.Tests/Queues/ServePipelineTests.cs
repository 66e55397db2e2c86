using System.CommandLine;
using Azure.Storage.Queues;
using FollowUp.Cli;
using FollowUp.Cli.Serve;
using FollowUp.Core.Email;
using FollowUp.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FollowUp.Tests.Queues;

/// <summary>
/// <c>followup serve --workers N</c>: the scheduled scan queues the digests, as the timer does in Azure,
/// and N in-process workers on Azurite's queue claim and send them, as DigestDelivery does.
/// </summary>
public sealed class ServePipelineTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private readonly string _queue = "t" + Guid.NewGuid().ToString("N")[..20];

    [Fact]
    public async Task ServeWithWorkersDeliversTheScheduledScansDigestsThroughTheQueue()
    {
        await using var tables = azurite.CreateTables();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await tables.CreateCommitmentStore().UpsertAsync(TestCommitments.Bilateral(due: today.AddDays(-10)));
        var sender = new RecordingDigestSender();
        var bothOwners = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sender.AfterAccept = _ =>
        {
            if (sender.Delivered.Count == 2)
            {
                bothOwners.TrySetResult();
            }
        };

        var app = Build(tables, sender);
        await using (app)
        {
            await app.StartAsync();
            await bothOwners.Task.WaitAsync(TimeSpan.FromMinutes(2));

            // A worker deletes its message only after the send returns; wait for that before stopping.
            var drained = new QueueServiceClient(tables.ConnectionString).GetQueueClient(_queue);
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while ((await drained.GetPropertiesAsync(patience.Token)).Value.ApproximateMessagesCount > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), patience.Token);
            }

            await app.StopAsync();
        }

        Assert.Equal(
            new[] { TestCommitments.Baku.Email, TestCommitments.Karachi.Email }.Order(StringComparer.Ordinal),
            sender.Delivered.Select(d => d.To).Order(StringComparer.Ordinal));
        var queue = new QueueServiceClient(tables.ConnectionString).GetQueueClient(_queue);
        Assert.True(await queue.ExistsAsync(), "The digests went through the delivery queue, not the in-process scan.");
        Assert.Equal(0, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task ServeWithoutWorkersRunsNoQueueWorker()
    {
        await using var tables = azurite.CreateTables();

        var app = Build(tables, new RecordingDigestSender(), workers: 0);
        await using (app)
        {
            Assert.DoesNotContain(app.Services.GetServices<IHostedService>(), s => s is DigestWorkersService);
        }
    }

    private WebApplication Build(TestTables tables, RecordingDigestSender sender, int workers = 2)
    {
        var settings = new Dictionary<string, string?>(tables.Settings)
        {
            ["FollowUp:Queues:DigestQueue"] = _queue,
            ["FollowUp:Queues:ShardQueue"] = _queue + "-s",
            ["FollowUp:Reminders:SendHour"] = "0",
            ["FollowUp:Email:OutboxPath"] = Path.Combine(Path.GetTempPath(), $"followup-outbox-{Guid.NewGuid():N}"),
        };
        for (var day = 0; day < 7; day++)
        {
            settings[$"FollowUp:Reminders:WorkingDays:{day}"] = ((DayOfWeek)day).ToString();
        }

        var connection = new Option<string?>("--connection");
        var parse = new RootCommand { connection }.Parse([]);
        var hosts = new CliHostFactory(connection, settings, s => s.AddSingleton<IDigestSender>(sender).AddSingleton<IEscalationSender>(sender));
        return ServeCommand.Build(hosts, parse, "http://127.0.0.1:0", scanEvery: TimeSpan.FromHours(1), workers);
    }
}
