using FollowUp.Cli.LocalSettings;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using Microsoft.Extensions.Configuration;

namespace FollowUp.Tests.Cli;

public sealed class LocalSigningKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"followup-key-{Guid.NewGuid():N}");

    private string KeyFile => Path.Combine(_folder, LocalSigningKey.FolderName, LocalSigningKey.FileName);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void TheKeyIsMadeOnFirstUseAndKeptForLaterRuns()
    {
        LocalSigningKey.Ensure(KeyFile);
        var first = File.ReadAllText(KeyFile);

        LocalSigningKey.Ensure(KeyFile);

        Assert.Equal(first, File.ReadAllText(KeyFile));
    }

    [Fact]
    public void TheKeyFileHoldsAUsableKeyInTheSettingsShape()
    {
        var options = new FollowUpOptions();
        new ConfigurationBuilder().AddJsonFile(LocalSigningKey.Ensure(KeyFile)).Build().GetSection(FollowUpOptions.SectionName).Bind(options);

        var keys = LinkSigningKeys.FromOptions(options.Links);

        Assert.Equal(LocalSigningKey.KeyId, keys.SigningKeyId);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OnlyItsOwnerCanReadTheKeyFile()
    {
        LocalSigningKey.Ensure(KeyFile);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
    }
}
