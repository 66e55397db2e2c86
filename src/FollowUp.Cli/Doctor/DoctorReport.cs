using System.Globalization;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;

namespace FollowUp.Cli.Doctor;

/// <summary>What <c>followup doctor</c> prints: settings with sources, what they would touch, problems.</summary>
public static class DoctorReport
{
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<EffectiveSetting> settings, SettingSources sources, FollowUpOptions options, IReadOnlyList<DoctorFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(findings);
        await output.WriteLineAsync("Settings (value, then where it comes from; secrets show only whether they are set):").ConfigureAwait(false);
        var width = settings.Max(s => s.Path.Length);
        foreach (var setting in settings)
        {
            var value = setting.IsSecret
                ? (string.IsNullOrEmpty(setting.Value) ? "(not set)" : "(set)")
                : setting.Value ?? "(not set)";
            await output.WriteLineAsync($"  {setting.Path.PadRight(width)}  {value}  [{sources.Describe(setting.Path)}]").ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("This configuration would touch:").ConfigureAwait(false);
        foreach (var line in Targets(options))
        {
            await output.WriteLineAsync("  " + line).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(findings.Count == 0 ? "Problems: none." : "Problems:").ConfigureAwait(false);
        foreach (var finding in findings.OrderByDescending(f => f.Serious))
        {
            await output.WriteLineAsync($"  {(finding.Serious ? "error" : "warning")}: {finding.Problem}").ConfigureAwait(false);
            await output.WriteLineAsync($"    fix: {finding.Fix}").ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> Targets(FollowUpOptions options)
    {
        var storage = StorageTarget.Of(options.Storage);
        yield return storage.Endpoint is null
            ? $"Table storage: none usable ({storage.Problem})"
            : $"Table storage: account '{storage.AccountName}' at {storage.Endpoint} ({(storage.IsLocalEmulator ? "the local emulator" : "a real storage account")}), " +
              $"by {storage.Credential}; tables {options.Storage.CommitmentsTable}, {options.Storage.SendLedgerTable}, {options.Storage.LinkRequestsTable}";

        yield return OutboxRule.UsesOutbox(options)
            ? $"Mail: the outbox, .eml files in {Path.GetFullPath(options.Email.OutboxPath)} (no SendGrid key); nothing is delivered"
            : $"Mail: SendGrid ({options.Email.DataResidency}{(options.Email.SandboxMode ? ", sandbox mode: validated, not delivered" : "")}), from {options.Email.FromAddress}";

        var loopback = Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var links) && links.IsLoopback;
        var signer = options.Links.SigningKeys.Count > 0 ? options.Links.SigningKeys[0].Id : "(none)";
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Links: {options.PublicBaseUrl.TrimEnd('/')}/{LinkRoutes.RoutePrefix}/commitments/{{id}}/progress?token=… " +
            $"({(loopback ? "loopback: only this machine can open them" : "public")}), signed with key '{signer}', valid {options.Links.LifetimeDays} days");
    }
}
