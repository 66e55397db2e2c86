using Microsoft.Extensions.Configuration.Memory;

namespace FollowUp.Cli.LocalSettings;

/// <summary>In-memory settings that remember where they came from, so <c>followup doctor</c> can say.</summary>
public sealed class LabelledSettingsSource : MemoryConfigurationSource
{
    public LabelledSettingsSource(string label, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        Label = label;
        InitialData = settings;
    }

    public string Label { get; }
}
