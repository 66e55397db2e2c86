using Microsoft.Playwright;

namespace FollowUp.Tests.Browser;

/// <summary>
/// The system's Chromium (Debian's package), driven by the Playwright driver that ships inside the
/// NuGet package. Playwright's own browser download is never used: test machines may have no internet.
/// </summary>
internal static class Chromium
{
    public const string PathVariable = "CHROMIUM_PATH";

    public const string DebianPath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DebianPath;

    /// <summary>Fails, never skips, when Chromium is missing: a green run must mean the pages were really tried.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var path = ExecutablePath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {path}. The browser tests need it: install it (Debian/Ubuntu: sudo apt-get install chromium) " +
                $"or set {PathVariable} to a Chromium or Chrome executable.");
        }

        try
        {
            return await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = path,
                Headless = true,
                // Root in containers needs --no-sandbox; the rest keep Chromium off the network and quiet.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException(
                $"Chromium at {path} did not start: {ex.Message} Reinstall it (sudo apt-get install chromium) or set {PathVariable}.", ex);
        }
    }
}
