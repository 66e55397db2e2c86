using Azure.Data.Tables;
using Azure.Identity;
using FollowUp.Core.Configuration;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddFollowUpStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => CreateTableServiceClient(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.Storage));
        services.TryAddSingleton<ICommitmentStore, TableCommitmentStore>();
        services.TryAddSingleton<ISendLedger, TableSendLedger>();
        services.TryAddSingleton<OwnerIndexRebuild>();
        services.TryAddSingleton<IOwnerIndex, TableOwnerIndex>();
        return services;
    }

    /// <summary>
    /// The one choice of endpoint and credential: the URI with DefaultAzureCredential when set, else the
    /// connection string. <paramref name="clientOptions"/> lets <c>followup doctor</c> make its one
    /// probe without retries, against exactly the account the app would use.
    /// </summary>
    public static TableServiceClient CreateTableServiceClient(StorageOptions storage, TableClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (!string.IsNullOrWhiteSpace(storage.TableServiceUri))
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                ManagedIdentityClientId = storage.ManagedIdentityClientId,
            });
            return new TableServiceClient(new Uri(storage.TableServiceUri), credential, clientOptions);
        }

        if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            try
            {
                return new TableServiceClient(storage.ConnectionString, clientOptions);
            }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
            {
                // The parser's message can quote part of the string, and with it part of a key.
                throw new StorageConfigurationException(
                    "FollowUp:Storage:ConnectionString is not a storage connection string (expected UseDevelopmentStorage=true, " +
                    "or DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;TableEndpoint=...).");
            }
        }

        throw new StorageConfigurationException(
            "No table storage is configured: set FollowUp:Storage:TableServiceUri (managed identity) or FollowUp:Storage:ConnectionString.");
    }
}
