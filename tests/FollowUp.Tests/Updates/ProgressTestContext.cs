using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;
using FollowUp.Tests.Links;
using FollowUp.Tests.TestSupport;
using FollowUp.Web;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Updates;

/// <summary>
/// The owner routes as <c>followup serve</c> maps them (<c>AddFollowUpUpdates</c>, <c>AddFollowUpWeb</c>,
/// <c>MapOwnerRoutes</c>) on ASP.NET Core's in-memory test server, over a test's own Azurite tables, a
/// fake clock, the real token signer and a fake fresh-link sender; plus requests as a client sends them.
/// </summary>
internal sealed class ProgressTestContext : IAsyncDisposable
{
    public const string Id = "pta-implementation-plan";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly SigningKeyOptions Key = LinkTestContext.Key("k2026", 0x22);

    private readonly WebApplication _app;
    private readonly TestServer _server;

    /// <param name="storage">Another table service in place of Azurite, e.g. one that cannot be reached.</param>
    /// <param name="store">Wraps the real store, e.g. to hold reads at a barrier.</param>
    /// <param name="configure">Changes to the options, e.g. the secretariat's address.</param>
    public ProgressTestContext(
        AzuriteStorage azurite,
        TableServiceClient? storage = null,
        Func<ICommitmentStore, ICommitmentStore>? store = null,
        Action<FollowUpOptions>? configure = null)
    {
        Tables = azurite.CreateTables();
        var service = storage ?? Tables.Service;
        var options = Tables.Options;
        options.PublicBaseUrl = "https://followup.example.org";
        options.Links = new LinksOptions { SigningKeys = [Key], LifetimeDays = 30, FreshLinkCooldownMinutes = 60 };
        configure?.Invoke(options);
        Options = options;
        Store = new TableCommitmentStore(service, Microsoft.Extensions.Options.Options.Create(options));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var services = builder.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(service);
        services.AddSingleton(store?.Invoke(Store) ?? Store);
        services.AddSingleton<IFreshLinkSender>(Sender);
        services.AddFollowUpUpdates();
        services.AddFollowUpWeb();
        _app = builder.Build();
        _app.MapOwnerRoutes();
        _app.StartAsync().GetAwaiter().GetResult();
        _server = _app.GetTestServer();
        Signer = _app.Services.GetRequiredService<LinkTokenSigner>();
    }

    public TestTables Tables { get; }

    /// <summary>The options the routes run with.</summary>
    public FollowUpOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeFreshLinkSender Sender { get; } = new();

    public TableCommitmentStore Store { get; }

    public LinkTokenSigner Signer { get; }

    public static ResponsibleParty Karachi => TestCommitments.Karachi;

    public static ResponsibleParty Baku => TestCommitments.Baku;

    public async Task<Commitment> SeedAsync(Commitment? commitment = null)
    {
        var saved = Assert.IsType<SaveResult.Saved>(await Store.AddAsync(commitment ?? TestCommitments.Bilateral(Id)));
        return saved.Commitment;
    }

    public async Task<Commitment> CurrentAsync(string id = Id) => (await Store.GetAsync(id))!;

    public Task<IReadOnlyList<ProgressEntry>> HistoryAsync(string id = Id) => Store.GetHistoryAsync(id, 100);

    public string TokenFor(string id = Id, string? email = null, int generation = 0) => Signer.CreateToken(id, email ?? Karachi.Email, generation);

    /// <summary>Sends the request through the whole pipeline (routing, the route group's filter, the handlers) and reads the response back.</summary>
    public async Task<ProgressResponse> SendAsync(ProgressRequest request)
    {
        var path = request.Route == ProgressRoute.FreshLink ? LinkRoutes.FreshLinkPath(request.CommitmentId!) : LinkRoutes.ProgressPath(request.CommitmentId!);
        var query = new QueryBuilder();
        if (request.Token is not null)
        {
            query.Add(LinkRoutes.TokenParameter, request.Token);
        }

        if (request.Done)
        {
            query.Add(LinkRoutes.DoneParameter, "1");
        }

        var http = await _server.SendAsync(context =>
        {
            context.Request.Method = request.Method;
            context.Request.Path = PathString.FromUriComponent("/" + LinkRoutes.RoutePrefix + "/" + path);
            context.Request.QueryString = query.ToQueryString();
            if (request.Accept is not null)
            {
                context.Request.Headers.Accept = request.Accept;
            }

            context.Request.ContentType = request.ContentType;
            context.Request.ContentLength = request.ContentLength;
            context.Request.Body = request.Body ?? Stream.Null;
        });

        using var reader = new StreamReader(http.Response.Body, Encoding.UTF8);
        var headers = http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new ProgressResponse(http.Response.StatusCode, http.Response.ContentType, await reader.ReadToEndAsync(), headers);
    }

    public Task<ProgressResponse> GetAsync(string? token, string? accept = null, bool done = false, string id = Id) =>
        SendAsync(new ProgressRequest { Method = "GET", CommitmentId = id, Token = token, Accept = accept, Done = done });

    public Task<ProgressResponse> PostFormAsync(string? token, IEnumerable<KeyValuePair<string, string>> fields, string id = Id) =>
        PostAsync(token, "application/x-www-form-urlencoded", EncodeForm(fields), id);

    public Task<ProgressResponse> PostJsonAsync(string? token, string json, string id = Id) =>
        PostAsync(token, "application/json", json, id, accept: "application/json");

    public Task<ProgressResponse> PostAsync(string? token, string? contentType, string body, string id = Id, string? accept = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return SendAsync(new ProgressRequest
        {
            Method = "POST",
            CommitmentId = id,
            Token = token,
            Accept = accept,
            ContentType = contentType,
            ContentLength = bytes.Length,
            Body = new MemoryStream(bytes),
        });
    }

    public Task<ProgressResponse> RequestFreshLinkAsync(string? token, string id = Id) =>
        SendAsync(new ProgressRequest
        {
            Method = "POST",
            Route = ProgressRoute.FreshLink,
            CommitmentId = id,
            Token = token,
            ContentType = "application/x-www-form-urlencoded",
            ContentLength = 0,
            Body = Stream.Null,
        });

    /// <summary>The fields a browser sends from the form, with the given changes.</summary>
    public static Dictionary<string, string> Form(
        string? version, string status = "InProgress", string progress = "40", string note = "", string expectedCompletion = "") => new()
        {
            ["status"] = status,
            ["progress"] = progress,
            ["note"] = note,
            ["expectedCompletion"] = expectedCompletion,
            ["version"] = version ?? "",
        };

    /// <summary>As a browser encodes a form: UTF-8, percent-escapes, '+' for space.</summary>
    public static string EncodeForm(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await Tables.DisposeAsync();
    }
}
