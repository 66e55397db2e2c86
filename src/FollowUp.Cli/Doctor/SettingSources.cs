using FollowUp.Cli.LocalSettings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace FollowUp.Cli.Doctor;

/// <summary>Says which configuration source a setting's value came from: the last one that has it wins.</summary>
public sealed class SettingSources(IConfigurationManager configuration)
{
    public const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>The raw configured value (what a source holds, before binding), or null when no source sets it.</summary>
    public string? RawValue(string path) => ((IConfiguration)configuration)[path];

    public string Describe(string path)
    {
        var providers = ((IConfigurationRoot)configuration).Providers.ToList();
        var sources = configuration.Sources;
        for (var i = providers.Count - 1; i >= 0; i--)
        {
            if (providers[i].TryGet(path, out var value))
            {
                var label = Label(providers[i], sources.Count == providers.Count ? sources[i] : null, path);
                return value?.StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase) == true
                    ? label + ", a Key Vault reference (not resolved outside Azure)"
                    : label;
            }
        }

        return "default";
    }

    private static string Label(IConfigurationProvider provider, IConfigurationSource? source, string path) => (provider, source) switch
    {
        (JsonConfigurationProvider json, _) =>
            "file " + (json.Source.FileProvider?.GetFileInfo(json.Source.Path ?? "").PhysicalPath ?? json.Source.Path),
        (EnvironmentVariablesConfigurationProvider, _) => "environment " + path.Replace(":", "__", StringComparison.Ordinal),
        (CommandLineConfigurationProvider, _) => "command line",
        (_, LabelledSettingsSource labelled) => labelled.Label,
        _ => provider.GetType().Name,
    };
}
