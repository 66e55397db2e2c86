using Azure.Identity;
using Azure.Storage.Queues;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Core.Queues;

/// <summary>
/// Reaches the queue service the way the tables are reached: with the identity when
/// <c>FollowUp:Storage:TableServiceUri</c> is set (then <c>QueueServiceUri</c> is required), else with
/// the connection string. Messages are base64, as the Functions queue trigger expects by default.
/// </summary>
public static class QueueClients
{
    public static QueueServiceClient Create(StorageOptions storage, QueueClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        clientOptions ??= new QueueClientOptions();
        clientOptions.MessageEncoding = QueueMessageEncoding.Base64;
        if (!string.IsNullOrWhiteSpace(storage.TableServiceUri))
        {
            if (string.IsNullOrWhiteSpace(storage.QueueServiceUri))
            {
                throw new StorageConfigurationException(
                    "FollowUp:Storage:TableServiceUri is set, so digest delivery needs FollowUp:Storage:QueueServiceUri: the same account's queue endpoint, reached with the same identity.");
            }

            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = storage.ManagedIdentityClientId });
            return new QueueServiceClient(new Uri(storage.QueueServiceUri), credential, clientOptions);
        }

        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new StorageConfigurationException(
                "No storage is configured for digest delivery: set FollowUp:Storage:TableServiceUri and QueueServiceUri (managed identity) or FollowUp:Storage:ConnectionString.");
        }

        if (NamesEndpoint(storage.ConnectionString, "TableEndpoint") && !NamesEndpoint(storage.ConnectionString, "QueueEndpoint"))
        {
            throw new StorageConfigurationException(
                "FollowUp:Storage:ConnectionString names a TableEndpoint but no QueueEndpoint; digest delivery needs the queue service (for Azurite, start its queue service too: eng/azurite.sh does).");
        }

        try
        {
            return new QueueServiceClient(storage.ConnectionString, clientOptions);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            // The parser's message can quote part of the string, and with it part of a key.
            throw new StorageConfigurationException(
                "FollowUp:Storage:ConnectionString is not a storage connection string with a queue endpoint (expected UseDevelopmentStorage=true, " +
                "or DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;QueueEndpoint=...).");
        }
    }

    private static bool NamesEndpoint(string connectionString, string key) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(part => part.StartsWith(key + "=", StringComparison.OrdinalIgnoreCase));
}
