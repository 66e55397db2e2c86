using System.Text;
using Azure.Data.Tables;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using FollowUp.Core.Storage;
using FollowUp.Core.Updates;
using FollowUp.Tests.Links;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Updates;

/// <summary>
/// The endpoint as DI builds it through <c>AddFollowUpUpdates</c>, over a test's own Azurite tables,
/// a fake clock, the real token signer and a fake fresh-link sender; plus requests as a host builds them.
/// </summary>
internal sealed class ProgressTestContext : IAsyncDisposable
{
    public const string Id = "pta-implementation-plan";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly SigningKeyOptions Key = LinkTestContext.Key("k2026", 0x22);

    private readonly ServiceProvider _services;

    /// <param name="storage">Another table service in place of Azurite, e.g. one that cannot be reached.</param>
    public ProgressTestContext(AzuriteStorage azurite, TableServiceClient? storage = null)
    {
        Tables = azurite.CreateTables();
        var service = storage ?? Tables.Service;
        var options = Tables.Options;
        options.PublicBaseUrl = "https://followup.example.org";
        options.Links = new LinksOptions { SigningKeys = [Key], LifetimeDays = 30, FreshLinkCooldownMinutes = 60 };
        Store = new TableCommitmentStore(service, Microsoft.Extensions.Options.Options.Create(options));

        var services = new ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(service);
        services.AddSingleton<ICommitmentStore>(Store);
        services.AddSingleton<IFreshLinkSender>(Sender);
        services.AddLogging();
        services.AddFollowUpUpdates();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Endpoint = _services.GetRequiredService<ProgressEndpoint>();
        Signer = _services.GetRequiredService<LinkTokenSigner>();
    }

    public TestTables Tables { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public FakeFreshLinkSender Sender { get; } = new();

    public TableCommitmentStore Store { get; }

    public ProgressEndpoint Endpoint { get; }

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

    public string TokenFor(string id = Id, string? email = null) => Signer.CreateToken(id, email ?? Karachi.Email);

    public Task<ProgressResponse> SendAsync(ProgressRequest request) => Endpoint.HandleAsync(request);

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
        await _services.DisposeAsync();
        await Tables.DisposeAsync();
    }
}
