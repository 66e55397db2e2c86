using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Storage;

/// <summary>
/// The benchmark's own way to Table Storage: the account FollowUp's settings name, reached through
/// a client whose pipeline counts every request. The app chooses its client in one place (its
/// storage registration), which offers no pipeline of the caller's; a tool builds its own.
/// </summary>
public static class CountingTableService
{
    public static TableServiceClient Create(StorageOptions storage, RequestCountingPolicy requests)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(requests);
        var clientOptions = new TableClientOptions();
        clientOptions.AddPolicy(requests, HttpPipelinePosition.PerRetry);

        // The URI first, as the app reads these settings, so the benchmark measures the account the app would use.
        if (!string.IsNullOrWhiteSpace(storage.TableServiceUri))
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = storage.ManagedIdentityClientId });
            return new TableServiceClient(new Uri(storage.TableServiceUri), credential, clientOptions);
        }

        try
        {
            return new TableServiceClient(storage.ConnectionString, clientOptions);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            // Not the parser's message: it can quote part of the string, and with it part of a key.
            throw new StorageConfigurationException(
                "The benchmark needs FollowUp:Storage:ConnectionString (or --connection) to be a storage connection string, or FollowUp:Storage:TableServiceUri to be set.");
        }
    }
}
