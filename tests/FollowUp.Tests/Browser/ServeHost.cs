using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FollowUp.Cli;
using FollowUp.Tests.Cli;
using FollowUp.Tests.TestSupport;
using MimeKit;

namespace FollowUp.Tests.Browser;

/// <summary>
/// <c>followup serve</c> run in-process as an operator runs it (the real command tree, Kestrel on a
/// free loopback port, the scheduled scan, the local outbox) over the collection's own Azurite tables
/// and a temporary outbox. Ready once the port answers and the first scan has written every digest.
/// </summary>
public sealed partial class ServeHost : IAsyncLifetime, IDisposable
{
    /// <summary>In files the outbox pages must never show: <see cref="SecretFile"/> and a non-.eml file in the outbox.</summary>
    public const string SecretMarker = "not-for-the-outbox-pages";

    /// <summary>Generous for two shared cores: the first start JIT-compiles Kestrel, the scan and MimeKit.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly AzuriteStorage _azurite = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _printed = new(CultureInfo.InvariantCulture);
    private readonly TextWriter _output;
    private readonly TextWriter _error = TextWriter.Synchronized(new StringWriter(CultureInfo.InvariantCulture));
    private Task<int>? _serve;
    private TestTables? _tables;

    public ServeHost()
    {
        _output = TextWriter.Synchronized(_printed);
        BaseUrl = "http://127.0.0.1:" + FreeLoopbackPort().ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), $"followup-serve-{Guid.NewGuid():N}");
    }

    /// <summary>Where serve listens, and the public base URL the emailed links start with.</summary>
    public string BaseUrl { get; }

    /// <summary>A temporary folder holding the outbox and files that must never be served from it.</summary>
    public string Root { get; }

    public string OutboxFolder => Path.Combine(Root, "outbox");

    /// <summary>An .eml beside the outbox, not in it: a path that escapes the outbox would reach it.</summary>
    public string SecretFile => Path.Combine(Root, "secret.eml");

    public TestTables Tables => _tables ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _tables = _azurite.CreateTables();
        Directory.CreateDirectory(OutboxFolder);
        await File.WriteAllTextAsync(SecretFile, $"Subject: {SecretMarker}\r\nFrom: a@example.org\r\nTo: b@example.org\r\n\r\n{SecretMarker}\r\n");
        await File.WriteAllTextAsync(Path.Combine(OutboxFolder, "x.txt"), SecretMarker);

        var sample = Path.Combine(Root, "commitments.json");
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await File.WriteAllTextAsync(sample, ServeSample.Json(today.AddDays(-1)));
        var import = await CliRun.RunAsync(Settings, "import", sample);
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException($"followup import failed ({import.ExitCode}): {import.Error}{import.Output}");
        }

        var invocation = new InvocationConfiguration
        {
            Output = _output,
            Error = _error,
            // The test host owns Ctrl+C and SIGTERM; serve stops through the token instead.
            ProcessTerminationTimeout = null,
        };
        _serve = Task.Run(() => FollowUpCommandLine.Build(Settings)
            .Parse(["serve", "--urls", BaseUrl, "--scan-every", "1h"])
            .InvokeAsync(invocation, _stop.Token));

        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        await WaitUntilAsync("the port to answer", async () =>
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/dev/outbox", UriKind.Relative));
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        });
        await WaitUntilAsync(
            $"the first scan to write {ServeSample.Owners.Length} digests to {OutboxFolder}",
            () => Task.FromResult(Directory.GetFiles(OutboxFolder, "*.eml").Length >= ServeSample.Owners.Length));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_serve is not null)
            {
                var exit = await _serve.WaitAsync(TimeSpan.FromSeconds(30));
                Assert.True(exit == 0, $"followup serve exited with {exit}: {_error}");
            }
        }
        finally
        {
            if (_tables is not null)
            {
                await _tables.DisposeAsync();
            }

            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>xunit calls this after <see cref="DisposeAsync"/>, once serve has stopped using the token.</summary>
    public void Dispose()
    {
        _stop.Dispose();
        _printed.Dispose();
    }

    /// <summary>The settings an operator would give serve, pointed at the collection's own tables and outbox.</summary>
    public IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(Tables.Settings)
            {
                ["FollowUp:PublicBaseUrl"] = BaseUrl,
                ["FollowUp:Email:OutboxPath"] = OutboxFolder,
                // Every day a working day from midnight: the scan runs on the real clock, whatever day and hour it is.
                ["FollowUp:Reminders:SendHour"] = "0",
            };
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                settings[$"FollowUp:Reminders:WorkingDays:{(int)day}"] = day.ToString();
            }

            return settings;
        }
    }

    /// <summary>The one-time sign-in link serve printed at start-up: good once, so one journey signs in with it.</summary>
    public string SignInLink => SignInLine().Match(_printed.ToString()) is { Success: true } m ? m.Groups["link"].Value : throw new InvalidOperationException($"followup serve printed no sign-in link: {_printed}");

    /// <summary>A client that shows each response as it is: no redirects followed.</summary>
    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The outbox file holding the digest sent to <paramref name="ownerEmail"/>.</summary>
    public string MessageFileFor(string ownerEmail) =>
        Path.GetFileName(Directory.GetFiles(OutboxFolder, "*.eml")
            .Single(f => MimeMessage.Load(f).To.Mailboxes.Any(m => string.Equals(m.Address, ownerEmail, StringComparison.OrdinalIgnoreCase))));

    /// <summary>The update link in the digest sent to <paramref name="ownerEmail"/>, as the ministry would click it.</summary>
    public string UpdateLinkFor(string ownerEmail)
    {
        var html = MimeMessage.Load(Path.Combine(OutboxFolder, MessageFileFor(ownerEmail))).HtmlBody ?? "";
        var link = UpdateHref().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value)).Distinct(StringComparer.Ordinal);
        return Assert.Single(link);
    }

    private async Task WaitUntilAsync(string what, Func<Task<bool>> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow() + StartTimeout;
        while (!await condition())
        {
            if (_serve is { IsCompleted: true })
            {
                var exit = _serve.IsCompletedSuccessfully ? _serve.Result.ToString(CultureInfo.InvariantCulture) : _serve.Exception?.ToString();
                throw new InvalidOperationException($"followup serve stopped while waiting for {what} (exit {exit}): {_error}{_output}");
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Waited {StartTimeout.TotalSeconds}s for {what}. Serve said: {_error}{_output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    /// <summary>
    /// A port the OS just handed out. Serve needs it before it starts (the links it emails carry it),
    /// so it cannot listen on port 0 and report back; another process taking it in between is unlikely.
    /// </summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("href=\"(?<href>[^\"]*/progress\\?token=[^\"]*)\"")]
    private static partial Regex UpdateHref();

    [GeneratedRegex(@"one-time sign-in link[^)]*\): (?<link>\S+)")]
    private static partial Regex SignInLine();
}
