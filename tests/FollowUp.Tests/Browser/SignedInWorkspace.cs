using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FollowUp.Tests.Browser;

/// <summary>
/// A serve of its own and one Chromium, signed in once through serve's one-time link: the link is good
/// once, so each journey starts a fresh browser context from the session cookie it left.
/// </summary>
public sealed class SignedInWorkspace : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _session;

    public ServeHost Serve { get; } = new();

    public string OverviewUrl => Serve.BaseUrl + "/api/secretariat";

    public async Task InitializeAsync()
    {
        // A busy CI machine can take longer than Playwright's 5 s to answer a form POST over Azurite;
        // the assertions still wait on conditions, only for longer.
        SetDefaultExpectTimeout(30_000);
        await Serve.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        await using var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Serve.SignInLink);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview", Level = 1 })).ToBeVisibleAsync();
        _session = await context.StorageStateAsync();
    }

    /// <summary>A signed-in context at 360 px, the narrowest screen the workspace is built for.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await (_browser ?? throw new InvalidOperationException("The fixture has not started.")).NewContextAsync(new()
        {
            Locale = "en-GB",
            ViewportSize = new() { Width = 360, Height = 740 },
            StorageState = _session,
        });
        context.SetDefaultTimeout(60_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright?.Dispose();
            await Serve.DisposeAsync();
        }
        finally
        {
            Serve.Dispose();
        }
    }
}
