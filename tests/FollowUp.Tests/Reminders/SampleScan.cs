using FollowUp.Core.Email;
using FollowUp.Core.Import;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Reminders;

/// <summary>
/// The sample commitments of the eighth session imported into fresh tables, a recording sender, and
/// the scan's services, at a Monday morning when both sides are past the send hour.
/// </summary>
internal sealed class SampleScan(TestTables tables, ServiceProvider services, RecordingDigestSender sender) : IAsyncDisposable
{
    // Monday 30 November 2026, 10:00 in Karachi and 09:00 in Baku: both at or past the send hour.
    public static readonly DateTimeOffset MondayMorning = new(2026, 11, 30, 5, 0, 0, TimeSpan.Zero);

    public RecordingDigestSender Sender => sender;

    public ReminderScan Scan => services.GetRequiredService<ReminderScan>();

    public ICommitmentStore Store => services.GetRequiredService<ICommitmentStore>();

    public TestTables Tables => tables;

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await tables.DisposeAsync();
    }

    public static async Task<SampleScan> StartAsync(AzuriteStorage azurite, Action<IServiceCollection>? configure = null)
    {
        var tables = azurite.CreateTables();
        var sender = new RecordingDigestSender();

        // Imported ten days earlier, so nothing is stale yet.
        var time = new FakeTimeProvider(MondayMorning.AddDays(-10));
        var services = tables.BuildServices(s =>
        {
            s.AddSingleton<IDigestSender>(sender).AddSingleton<IEscalationSender>(sender).AddSingleton<TimeProvider>(time);
            configure?.Invoke(s);
        });
        await using var file = File.OpenRead(RepositoryFiles.Path("samples", "joint-commission-8.json"));
        var report = await services.GetRequiredService<CommitmentImporter>()
            .ImportAsync(await CommitmentImporter.ReadAsync(file, CommitmentFileFormat.Json));
        Assert.True(report.Succeeded);
        time.SetUtcNow(MondayMorning);
        return new SampleScan(tables, services, sender);
    }
}
