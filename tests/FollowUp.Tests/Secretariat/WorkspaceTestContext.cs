using System.Text;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Delivery;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;
using FollowUp.Tests.TestSupport;
using FollowUp.Tests.Updates;
using FollowUp.Web;
using FollowUp.Web.Secretariat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Workspace;

/// <summary>The workspace's routes as serve maps them, on a test's own Azurite tables, trusting the Easy Auth header.</summary>
internal sealed class WorkspaceTestContext : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2027, 5, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly TestServer _server;

    public WorkspaceTestContext(AzuriteStorage azurite, bool trustHeaders = true)
    {
        Tables = azurite.CreateTables();
        var options = Tables.Options;
        options.PublicBaseUrl = "https://followup.example.org";
        options.Secretariat.TrustEasyAuthHeaders = trustHeaders;
        Store = new TableCommitmentStore(Tables.Service, Microsoft.Extensions.Options.Options.Create(options));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Tables.Service);
        services.AddSingleton<ICommitmentStore>(Store);
        services.AddSingleton<IContactHealthStore>(new TableContactHealth(Tables.Service, Microsoft.Extensions.Options.Options.Create(options), Time));
        services.AddSingleton<IFreshLinkSender>(new FakeFreshLinkSender());
        services.AddSingleton(sp => new Core.Reminders.ReminderPolicy(options.Reminders));
        services.AddFollowUpUpdates();
        services.AddFollowUpWeb();
        Core.Secretariat.SecretariatServiceCollectionExtensions.AddFollowUpSecretariat(services);
        Core.Snapshots.SnapshotsServiceCollectionExtensions.AddFollowUpSnapshots(services);
        Core.Reports.ReportsServiceCollectionExtensions.AddFollowUpReports(services);
        Core.Intake.IntakeServiceCollectionExtensions.AddFollowUpIntake(services, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        _app = builder.Build();
        _app.MapSecretariatRoutes();
        _app.StartAsync().GetAwaiter().GetResult();
        _server = _app.GetTestServer();
    }

    public TestTables Tables { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public TableCommitmentStore Store { get; }

    public TableDeliveryEvents DeliveryEvents => new(Tables.Service, Microsoft.Extensions.Options.Options.Create(Tables.Options));

    public TableSendLedger Ledger => new(Tables.Service, Microsoft.Extensions.Options.Options.Create(Tables.Options), Time);

    public static string Principal(string name, params string[] roles)
    {
        var claims = new List<object> { new { typ = "preferred_username", val = name } };
        claims.AddRange(roles.Select(r => new { typ = "roles", val = r }));
        var json = JsonSerializer.Serialize(new { auth_typ = "aad", name_typ = "preferred_username", role_typ = "roles", claims });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public static string Admin => Principal("amina@secretariat.example.org", "Secretariat.Admin");

    public static string Viewer => Principal("vusal@secretariat.example.org", "Secretariat.Viewer");

    public async Task<Commitment> SeedAsync(Commitment commitment) =>
        Assert.IsType<SaveResult.Saved>(await Store.AddAsync(commitment with { CreatedAt = Start.AddDays(-60) })).Commitment;

    public async Task<WorkspaceResponse> SendAsync(string method, string pathAndQuery, string? principal, string? accept = null, string? contentType = null, string? body = null, string? cookie = null, byte[]? rawBody = null)
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

            var bytes = rawBody ?? Encoding.UTF8.GetBytes(body ?? "");
            context.Request.ContentType = contentType;
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        });

        using var buffer = new MemoryStream();
        await http.Response.Body.CopyToAsync(buffer);
        var headers = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new WorkspaceResponse(http.Response.StatusCode, http.Response.ContentType, buffer.ToArray(), headers);
    }

    public Task<WorkspaceResponse> GetAsync(string pathAndQuery, string? principal, string? accept = null) =>
        SendAsync("GET", pathAndQuery, principal, accept);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await Tables.DisposeAsync();
    }
}
