using Azure;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Cli.Doctor;

/// <summary>The one network call doctor makes, and only when asked: list a single table, once, with a short timeout.</summary>
public static class ConnectivityCheck
{
    public static async Task<DoctorFinding?> CheckAsync(StorageOptions storage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var client = StorageServiceCollectionExtensions.CreateTableServiceClient(storage, new TableClientOptions
        {
            Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(10) },
        });
        try
        {
            await foreach (var _ in client.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            return null;
        }
        catch (RequestFailedException ex) when (ex.Status != 0)
        {
            // The status and code are what an operator can act on; the message carries headers.
            return new DoctorFinding(true, $"Table storage at {client.Uri} refused the check: {ex.Status} {ex.ErrorCode}.",
                "Check the identity's Storage Table Data Contributor role, or the connection string's key.");
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException or Azure.Identity.AuthenticationFailedException or OperationCanceledException)
        {
            // Status 0 is Azure.Core's word for "no answer at all".
            return new DoctorFinding(true, $"Table storage at {client.Uri} could not be reached ({ex.GetType().Name}).",
                "Is Azurite running (./run.sh starts it), is the account name right, and can this machine sign in (az login)?");
        }
    }
}
