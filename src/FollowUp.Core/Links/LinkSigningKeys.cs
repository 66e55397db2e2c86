using FollowUp.Core.Configuration;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Links;

/// <summary>
/// The signing keys from <c>FollowUp:Links:SigningKeys</c>, parsed and checked once. The first key
/// signs; every key verifies, so a rotation puts the new key first and keeps the old one until the
/// links it signed have expired.
/// </summary>
public sealed class LinkSigningKeys
{
    public const string SettingPath = FollowUpOptions.SectionName + ":Links:SigningKeys";

    /// <summary>HMAC-SHA256 keys shorter than its 32-byte output weaken it; the options say "at least 32".</summary>
    public const int MinSecretBytes = 32;

    /// <summary>Key ids travel in every token, length-prefixed in one byte; the options' pattern says 16.</summary>
    public const int MaxKeyIdLength = 16;

    /// <summary>
    /// The signing secret earlier versions shipped in followup's appsettings.json and that
    /// local.settings.sample.json still carries: public, so anyone can sign links with it.
    /// </summary>
    public const string PublishedDevelopmentSecret = "bG9jYWwtZGV2ZWxvcG1lbnQtb25seS1zaWduaW5nLWtleSE=";

    private readonly SigningKey[] _keys;

    public LinkSigningKeys(IOptions<FollowUpOptions> options)
        : this(Parse(options?.Value.Links))
    {
    }

    private LinkSigningKeys(SigningKey[] keys) => _keys = keys;

    /// <summary>The id of the key that signs new links.</summary>
    public string SigningKeyId => _keys[0].Id;

    /// <summary>Every key id that verifies, signing key first.</summary>
    public IReadOnlyList<string> KeyIds => Array.ConvertAll(_keys, k => k.Id);

    internal SigningKey Current => _keys[0];

    /// <summary>Builds the key set from options, or throws an <see cref="OptionsValidationException"/> naming each bad setting.</summary>
    public static LinkSigningKeys FromOptions(LinksOptions? links) => new(Parse(links));

    /// <summary>
    /// What is wrong with the configured keys, one message per problem; empty when they are usable.
    /// Messages name the setting and index and never contain a secret.
    /// </summary>
    public static IReadOnlyList<string> Validate(LinksOptions? links)
    {
        var errors = new List<string>();
        _ = TryParse(links, errors);
        return errors;
    }

    /// <summary>
    /// Refuses the published development secret unless links point at this machine
    /// (<paramref name="publicBaseUrl"/> on loopback), where a forged link reaches nothing but the developer.
    /// </summary>
    public static IReadOnlyList<string> ValidateForPublicBaseUrl(LinksOptions? links, string? publicBaseUrl)
    {
        if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri) && uri.IsLoopback)
        {
            return [];
        }

        var published = Convert.FromBase64String(PublishedDevelopmentSecret);
        var errors = new List<string>();
        for (var i = 0; i < (links?.SigningKeys.Count ?? 0); i++)
        {
            var secret = links!.SigningKeys[i]?.Secret;
            var buffer = new byte[secret?.Length ?? 0];
            if (secret is not null && Convert.TryFromBase64String(secret, buffer, out var written) && buffer.AsSpan(0, written).SequenceEqual(published))
            {
                errors.Add($"{SettingPath}:{i}:Secret is the published development key, which anyone can use to sign links; it is accepted only " +
                    $"while {UpdateLinkBuilder.BaseUrlSetting} is a loopback address. Generate a key of your own (openssl rand -base64 {MinSecretBytes}).");
            }
        }

        return errors;
    }

    internal SigningKey? Find(ReadOnlySpan<byte> keyId)
    {
        // Key ids are public (they are in every token), so a plain comparison leaks nothing.
        foreach (var key in _keys)
        {
            if (keyId.SequenceEqual(key.IdBytes))
            {
                return key;
            }
        }

        return null;
    }

    public override string ToString() => $"LinkSigningKeys {{ KeyIds = [{string.Join(", ", KeyIds)}] }}";

    private static SigningKey[] Parse(LinksOptions? links)
    {
        var errors = new List<string>();
        var keys = TryParse(links, errors);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(FollowUpOptions.SectionName, typeof(FollowUpOptions), errors);
        }

        return keys;
    }

    private static SigningKey[] TryParse(LinksOptions? links, List<string> errors)
    {
        var configured = links?.SigningKeys;
        if (configured is null || configured.Count == 0)
        {
            errors.Add($"{SettingPath} is empty: configure at least one key as {{ Id, Secret }} (Secret = base64 of at least {MinSecretBytes} random bytes). The first key signs new links.");
            return [];
        }

        var keys = new List<SigningKey>(configured.Count);
        // Ids differing only in case would be distinct in tokens but easy to mix up in Key Vault.
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < configured.Count; i++)
        {
            var entry = configured[i];
            if (entry is null)
            {
                errors.Add($"{SettingPath}:{i} is empty.");
                continue;
            }

            // Neither the id nor the secret is echoed: an operator who pasted the secret into the
            // wrong field must not find it in the start-up log.
            var idOk = IsValidKeyId(entry.Id);
            if (!idOk)
            {
                errors.Add($"{SettingPath}:{i}:Id must be 1 to {MaxKeyIdLength} letters, digits, '-' or '_'.");
            }
            else if (!seenIds.Add(entry.Id))
            {
                errors.Add($"{SettingPath}:{i}:Id is the same as the id of an earlier key; every key needs its own id.");
                idOk = false;
            }

            var secret = DecodeSecret(entry.Secret, i, errors);
            if (idOk && secret is not null)
            {
                keys.Add(new SigningKey(entry.Id, secret));
            }
        }

        return [.. keys];
    }

    private static byte[]? DecodeSecret(string? secret, int index, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            errors.Add($"{SettingPath}:{index}:Secret is missing.");
            return null;
        }

        var buffer = new byte[secret.Length];
        if (!Convert.TryFromBase64String(secret, buffer, out var written))
        {
            errors.Add($"{SettingPath}:{index}:Secret is not valid base64.");
            return null;
        }

        if (written < MinSecretBytes)
        {
            errors.Add($"{SettingPath}:{index}:Secret is shorter than {MinSecretBytes} bytes once decoded; generate at least {MinSecretBytes} random bytes.");
            return null;
        }

        return buffer.AsSpan(0, written).ToArray();
    }

    private static bool IsValidKeyId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxKeyIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
