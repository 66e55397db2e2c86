using System.Security.Cryptography;
using System.Text.Json;
using FollowUp.Core.Links;

namespace FollowUp.Cli.LocalSettings;

/// <summary>
/// The signing key of a local run: made on first use from 32 random bytes and kept in
/// <c>.followup/signing-key.json</c> under the working directory (git-ignored), so that links stay
/// valid from one run to the next. Deleting the file invalidates every local link. Used only when no
/// key is configured and the configuration is local (emulator storage, loopback links).
/// </summary>
public static class LocalSigningKey
{
    public const string FolderName = ".followup";

    public const string FileName = "signing-key.json";

    public const string KeyId = "local";

    public static string DefaultPath => Path.Combine(Environment.CurrentDirectory, FolderName, FileName);

    /// <summary>The key file, created if missing; returns its full path.</summary>
    public static string Ensure(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(LinkSigningKeys.MinSecretBytes));
        var json = JsonSerializer.Serialize(new
        {
            FollowUp = new { Links = new { SigningKeys = new[] { new { Id = KeyId, Secret = secret } } } },
        });
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.UTF8, options))
        {
            writer.Write(json);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another command made it first; theirs is the key.
            File.Delete(temporary);
        }

        return path;
    }
}
