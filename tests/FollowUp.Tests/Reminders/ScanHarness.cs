using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Reminders;

/// <summary>
/// The scan on its own tables in Azurite, with the real ledger behind <see cref="ObservedSendLedger"/>
/// and a recording sender for digests and escalations. Every day is a working day and mail may go
/// out from midnight, so tests can scan at any hour they choose.
/// </summary>
internal sealed class ScanHarness : IAsyncDisposable
{
    private readonly TestTables _tables;
    private readonly ServiceProvider _services;

    public ScanHarness(AzuriteStorage azurite, DateTimeOffset now, Action<IServiceCollection>? configure = null)
    {
        _tables = azurite.CreateTables();
        Time = new FakeTimeProvider(now);
        var anyHour = new Dictionary<string, string?> { ["FollowUp:Reminders:SendHour"] = "0" };
        for (var day = 0; day < 7; day++)
        {
            anyHour[$"FollowUp:Reminders:WorkingDays:{day}"] = ((DayOfWeek)day).ToString();
        }

        _services = _tables.BuildServices(
            s =>
            {
                s.AddSingleton<IDigestSender>(Sender).AddSingleton<IEscalationSender>(Sender).AddSingleton<TimeProvider>(Time);
                s.AddSingleton(sp => new ObservedSendLedger(ActivatorUtilities.CreateInstance<TableSendLedger>(sp)));
                s.AddSingleton<ISendLedger>(sp => sp.GetRequiredService<ObservedSendLedger>());
                configure?.Invoke(s);
            },
            anyHour);
    }

    public RecordingDigestSender Sender { get; } = new();

    public FakeTimeProvider Time { get; }

    public ReminderScan Scan => _services.GetRequiredService<ReminderScan>();

    /// <summary>Everything registered, for harnesses built on this one (the queue's).</summary>
    public IServiceProvider Services => _services;

    public ICommitmentStore Store => _services.GetRequiredService<ICommitmentStore>();

    public ObservedSendLedger Ledger => _services.GetRequiredService<ObservedSendLedger>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public TableClient LedgerTable => _tables.Service.GetTableClient(_tables.Options.Storage.SendLedgerTable);

    public TableClient OwnerIndexTable => _tables.Service.GetTableClient(_tables.Options.Storage.OwnerIndexTable);

    public string ConnectionString => _tables.ConnectionString;

    /// <summary>Every (recipient, commitment, stage date) delivered in a digest, in delivery order.</summary>
    public IEnumerable<string> DeliveredNudges =>
        Sender.Delivered.SelectMany(d => d.Items.Select(i => $"{d.To} {i.Commitment.Id} {i.Stage} {i.StageDate:yyyy-MM-dd}"));

    public async Task<Commitment> SeedAsync(Commitment commitment) => await Store.UpsertAsync(commitment);

    /// <summary>The state of each ledger day row (heads left out), by row key within the address's partition.</summary>
    public async Task<Dictionary<string, string?>> StatesAsync(string address)
    {
        var states = new Dictionary<string, string?>(StringComparer.Ordinal);
        var partition = TableSendLedger.PartitionFor(address);
        await foreach (var row in LedgerTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            if (!row.RowKey.EndsWith('~'))
            {
                states[row.RowKey] = row.GetString("State");
            }
        }

        return states;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _tables.DisposeAsync();
    }
}
