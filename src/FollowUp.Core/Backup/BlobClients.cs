using Azure.Identity;
using Azure.Storage.Blobs;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Backup;

/// <summary>
/// Reaches the blob service the way the tables are reached: with the identity when
/// <c>FollowUp:Storage:TableServiceUri</c> is set (then <c>BlobServiceUri</c> is required), else with
/// the connection string. So a deployed app never falls back to a shared key for its backups either.
/// </summary>
public static class BlobClients
{
    public static BlobServiceClient Create(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (!string.IsNullOrWhiteSpace(storage.TableServiceUri))
        {
            if (string.IsNullOrWhiteSpace(storage.BlobServiceUri))
            {
                throw new StorageConfigurationException(
                    "FollowUp:Storage:TableServiceUri is set, so the backups need FollowUp:Storage:BlobServiceUri: the same account's blob endpoint, reached with the same identity.");
            }

            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = storage.ManagedIdentityClientId });
            return new BlobServiceClient(new Uri(storage.BlobServiceUri), credential);
        }

        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new StorageConfigurationException(
                "No storage is configured for the backups: set FollowUp:Storage:TableServiceUri and BlobServiceUri (managed identity) or FollowUp:Storage:ConnectionString.");
        }

        // Without a BlobEndpoint the client would quietly aim at <account>.blob.core.windows.net,
        // which for Azurite's account is nobody's.
        if (NamesEndpoint(storage.ConnectionString, "TableEndpoint") && !NamesEndpoint(storage.ConnectionString, "BlobEndpoint"))
        {
            throw new StorageConfigurationException(
                "FollowUp:Storage:ConnectionString names a TableEndpoint but no BlobEndpoint; the backups need the blob service (for Azurite, start its blob service too: eng/azurite.sh does).");
        }

        try
        {
            return new BlobServiceClient(storage.ConnectionString);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            // The parser's message can quote part of the string, and with it part of a key.
            throw new StorageConfigurationException(
                "FollowUp:Storage:ConnectionString is not a storage connection string with a blob endpoint (expected UseDevelopmentStorage=true, " +
                "or DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;BlobEndpoint=...).");
        }
    }

    private static bool NamesEndpoint(string connectionString, string key) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => part.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase));
}
