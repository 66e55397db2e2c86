using FollowUp.Core.Storage;

namespace FollowUp.Core.Configuration;

/// <summary>
/// The table service a configuration would reach, worked out without a network call: the same
/// choice of endpoint and credential the app makes, and whether that endpoint is the local emulator.
/// </summary>
/// <param name="Endpoint">The table service endpoint; null when the storage settings are unusable.</param>
/// <param name="Problem">Why no endpoint could be worked out; never quotes a key.</param>
public sealed record StorageTarget(Uri? Endpoint, string? AccountName, string Credential, string? Problem)
{
    /// <summary>Azurite (or any table service on this machine): the only storage where local stand-ins for mail are harmless.</summary>
    public bool IsLocalEmulator => Endpoint is { IsLoopback: true };

    public static StorageTarget Of(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var credential = !string.IsNullOrWhiteSpace(storage.TableServiceUri)
            ? "managed identity or developer login (DefaultAzureCredential)"
            : "connection string";
        try
        {
            var client = StorageServiceCollectionExtensions.CreateTableServiceClient(storage);
            return new StorageTarget(client.Uri, client.AccountName, credential, null);
        }
        catch (Exception ex) when (ex is StorageConfigurationException or UriFormatException or ArgumentException or FormatException or InvalidOperationException)
        {
            return new StorageTarget(null, null, credential, ex is StorageConfigurationException ? ex.Message : "FollowUp:Storage:TableServiceUri is not a usable URL.");
        }
    }
}
