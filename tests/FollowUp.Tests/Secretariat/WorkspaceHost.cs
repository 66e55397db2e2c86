using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Delivery;
using FollowUp.Core.Email;
using FollowUp.Core.Reminders;
using FollowUp.Core.Storage;
using FollowUp.Tests.TestSupport;
using FollowUp.Web;
using FollowUp.Web.Secretariat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Workspace;

/// <summary>
/// The workspace composed as a host composes it (<c>AddFollowUpCore</c>, <c>AddFollowUpWeb</c>), on a test's
/// own Azurite tables, with the scan, the schedule and the delivery path all real and only the mail
/// provider replaced by <see cref="RecordingDigestSender"/>, or, given <c>sendGrid</c>, the real SendGrid
/// transport pointed at a fake SendGrid on loopback. The scan runs every three hours (UTC).
/// </summary>
internal sealed class WorkspaceHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestServer _server;

    public WorkspaceHost(AzuriteStorage azurite, IReadOnlyDictionary<string, string?>? settings = null, Uri? sendGrid = null)
    {
        Tables = azurite.CreateTables();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(Tables.Settings).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FollowUp:PublicBaseUrl"] = "https://followup.example.org",
            ["FollowUp:ScanSchedule"] = "0 0 */3 * * *",
            ["FollowUp:Secretariat:TrustEasyAuthHeaders"] = "true",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (sendGrid is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FollowUp:Email:SendGridApiKey"] = "SG.fake-key.Do-Not-Log-Me-0123456789",
                ["FollowUp:Email:Transport:Host"] = sendGrid.ToString(),
            });
        }

        builder.Services.AddFollowUpCore(builder.Configuration);
        builder.Services.AddSingleton<TimeProvider>(Time);
        if (sendGrid is null)
        {
            builder.Services.AddSingleton<IDigestSender>(Sender).AddSingleton<IEscalationSender>(Sender);
        }

        builder.Services.AddSingleton<Core.Updates.IFreshLinkSender>(FreshLinks);
        builder.Services.AddFollowUpWeb();
        _app = builder.Build();
        _app.MapSecretariatRoutes();
        _app.StartAsync().GetAwaiter().GetResult();
        _server = _app.GetTestServer();
    }

    public TestTables Tables { get; }

    public FakeTimeProvider Time { get; } = new(WorkspaceTestContext.Start);

    public RecordingDigestSender Sender { get; } = new();

    public Updates.FakeFreshLinkSender FreshLinks { get; } = new();

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public ICommitmentStore Store => Get<ICommitmentStore>();

    public ReminderScan Scan => Get<ReminderScan>();

    public async Task<Commitment> SeedAsync(Commitment commitment) =>
        Assert.IsType<SaveResult.Saved>(await Store.AddAsync(commitment with { CreatedAt = WorkspaceTestContext.Start.AddDays(-10) })).Commitment;

    public Task BounceAsync(string email) => Get<IDeliveryEventStore>().RecordAsync(
        [new("ev-bounce-" + email, email, DeliveryEventNames.Bounce, Time.GetUtcNow().AddDays(-1), Reason: "550 mailbox unavailable", BounceType: DeliveryEventNames.Bounce)]);

    /// <summary>Every message the provider took, as "{kind} {to} {id}:{stage}:{stage date},…", in the order they went.</summary>
    public List<string> Drain()
    {
        var sent = new List<string>();
        while (Sender.Delivered.TryDequeue(out var d))
        {
            sent.Add($"digest {d.To} " + string.Join(",", d.Items.Select(i => $"{i.Commitment.Id}:{i.Stage}:{IsoDate.Format(i.StageDate)}")));
        }

        while (Sender.Escalations.TryDequeue(out var e))
        {
            sent.Add($"escalation {e.To} " + string.Join(",", e.Items.Select(i => $"{i.Commitment.Id}:{ReminderStage.Overdue}:{IsoDate.Format(i.StageDate)}")));
        }

        return sent;
    }

    public async Task<WorkspaceResponse> SendAsync(string method, string pathAndQuery, string? principal, string? accept = null, string? contentType = null, string? body = null, string? cookie = null)
    {
        var http = await _server.SendAsync(context =>
        {
            context.Request.Method = method;
            var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
            context.Request.Path = PathString.FromUriComponent(q < 0 ? pathAndQuery : pathAndQuery[..q]);
            context.Request.QueryString = q < 0 ? QueryString.Empty : new QueryString(pathAndQuery[q..]);
            if (principal is not null)
            {
                context.Request.Headers["X-MS-CLIENT-PRINCIPAL"] = principal;
            }

            if (accept is not null)
            {
                context.Request.Headers.Accept = accept;
            }

            if (cookie is not null)
            {
                context.Request.Headers.Cookie = cookie;
            }

            var bytes = Encoding.UTF8.GetBytes(body ?? "");
            context.Request.ContentType = contentType;
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        });

        using var buffer = new MemoryStream();
        await http.Response.Body.CopyToAsync(buffer);
        var headers = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new WorkspaceResponse(http.Response.StatusCode, http.Response.ContentType, buffer.ToArray(), headers);
    }

    public Task<WorkspaceResponse> GetAsync(string pathAndQuery, string? principal, string? accept = null) => SendAsync("GET", pathAndQuery, principal, accept);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await Tables.DisposeAsync();
    }
}
