using System.Net.Http.Headers;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using FollowUp.Tests.TestSupport;
using FollowUp.Web;
using FollowUp.Web.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Delivery;

/// <summary>
/// The webhook as <c>followup serve</c> maps it (<c>AddFollowUpCore</c>, <c>MapDeliveryRoutes</c>, the
/// security headers) on the in-memory test server over a test's own Azurite tables, with a key the
/// test generated and a fake clock.
/// </summary>
internal sealed class WebhookTestContext : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    public WebhookTestContext(AzuriteStorage azurite, bool configured = true)
    {
        Tables = azurite.CreateTables();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>(Tables.Settings)
        {
            ["FollowUp:Email:EventWebhookPublicKey"] = configured ? Signer.PublicKey : null,
        };
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddFollowUpCore(builder.Configuration);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddFollowUpWeb();
        _app = builder.Build();
        _app.UseMiddleware<SecurityHeadersMiddleware>();
        _app.MapDeliveryRoutes();
        _app.StartAsync().GetAwaiter().GetResult();
        Client = _app.GetTestClient();
    }

    public TestTables Tables { get; }

    public WebhookSigner Signer { get; } = new();

    public FakeTimeProvider Time { get; } = new(Now);

    public HttpClient Client { get; }

    public IContactHealthStore Health => _app.Services.GetRequiredService<IContactHealthStore>();

    public TableClient Ledger => Tables.Service.GetTableClient(Tables.Options.Storage.SendLedgerTable);

    public Task<HttpResponseMessage> PostSignedAsync(byte[] body) => PostAsync(body, WebhookSigner.Timestamp(Time.GetUtcNow()), sign: true);

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? timestamp, bool sign, Func<string, string>? tamper = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sendgrid/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (timestamp is not null)
        {
            request.Headers.Add(EventWebhookSignature.TimestampHeader, timestamp);
        }

        if (sign && timestamp is not null)
        {
            var signature = Signer.Sign(timestamp, body);
            request.Headers.Add(EventWebhookSignature.SignatureHeader, tamper?.Invoke(signature) ?? signature);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Every row of the ledger table without the service's own properties, in key order: what a replay must leave as it was.</summary>
    public async Task<List<string>> SnapshotAsync()
    {
        var rows = new List<string>();
        await Ledger.CreateIfNotExistsAsync();
        await foreach (var row in Ledger.QueryAsync<TableEntity>())
        {
            var properties = row.Where(p => p.Key is not ("odata.etag" or "Timestamp")).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key}={(p.Value is DateTimeOffset d ? d.ToUniversalTime().ToString("O") : p.Value)}");
            rows.Add($"{row.PartitionKey}/{row.RowKey}: {string.Join("; ", properties)}");
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Signer.Dispose();
        await Tables.DisposeAsync();
    }
}
