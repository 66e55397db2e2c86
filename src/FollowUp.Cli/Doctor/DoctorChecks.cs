using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Doctor;

/// <summary>Every problem a configuration has, from the app's own start-up rules and the operator's view of what it would touch.</summary>
public static class DoctorChecks
{
    private const string SendGridVariable = "FollowUp__Email__SendGridApiKey";

    public static IReadOnlyList<DoctorFinding> Find(
        FollowUpOptions options, IEnumerable<IValidateOptions<FollowUpOptions>> validators, IReadOnlyList<EffectiveSetting> settings, SettingSources sources)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(validators);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(sources);
        var findings = new List<DoctorFinding>();
        foreach (var validator in validators)
        {
            if (validator.Validate(Options.DefaultName, options) is { Failed: true, Failures: { } failures })
            {
                findings.AddRange(failures.Select(f => new DoctorFinding(true, f,
                    "Every command and the Functions app refuse to start with this; set the named setting (environment FollowUp__Section__Key).")));
            }
        }

        foreach (var setting in settings)
        {
            if (sources.RawValue(setting.Path)?.StartsWith(SettingSources.KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase) == true)
            {
                findings.Add(new DoctorFinding(true,
                    $"{setting.Path} holds a Key Vault reference, which only App Service resolves; followup would use the reference text itself.",
                    $"Export the secret's value instead: {setting.Path.Replace(":", "__", StringComparison.Ordinal)}=\"$(az keyvault secret show --vault-name <vault> --name <secret> --query value -o tsv)\"."));
            }
        }

        if (OutboxRule.Check(options) is { } outbox)
        {
            findings.Add(new DoctorFinding(true, outbox,
                $"Set {SendGridVariable}, or use --connection with the local emulator. followup scan and serve refuse this unless given --allow-outbox."));
        }

        AddTargetFindings(options, findings);
        return findings;
    }

    private static void AddTargetFindings(FollowUpOptions options, List<DoctorFinding> findings)
    {
        var storage = StorageTarget.Of(options.Storage);
        var loopbackLinks = Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var links) && links.IsLoopback;
        if (storage.Endpoint is not null && !storage.IsLocalEmulator && loopbackLinks)
        {
            findings.Add(new DoctorFinding(true,
                $"FollowUp:PublicBaseUrl is {options.PublicBaseUrl} (this machine) while storage is the account '{storage.AccountName}': every emailed link would point at the reader's own computer.",
                "Set FollowUp__PublicBaseUrl to the Functions app's https origin."));
        }

        if (storage.IsLocalEmulator && !OutboxRule.UsesOutbox(options) && !options.Email.SandboxMode)
        {
            findings.Add(new DoctorFinding(false,
                "A SendGrid key is set while storage is the local emulator: local data would be emailed to the addresses in it.",
                $"Unset {SendGridVariable} for local runs, or set FollowUp__Email__SandboxMode=true."));
        }

        if (!string.IsNullOrWhiteSpace(options.Storage.TableServiceUri)
            && !string.IsNullOrWhiteSpace(options.Storage.ConnectionString)
            && options.Storage.ConnectionString != StorageOptions.LocalConnectionString)
        {
            findings.Add(new DoctorFinding(false,
                "Both FollowUp:Storage:TableServiceUri and FollowUp:Storage:ConnectionString are set; the URI wins and the connection string is ignored.",
                "Remove the one you do not mean."));
        }
    }
}
