using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Tests.Storage;

public sealed class StorageClientSelectionTests
{
    [Fact]
    public void TableServiceUriWinsOverAConnectionStringSoAzureNeverFallsBackToAKey()
    {
        var client = StorageServiceCollectionExtensions.CreateTableServiceClient(new StorageOptions
        {
            TableServiceUri = "https://followupdata.table.core.windows.net/",
            ConnectionString = StorageOptions.LocalConnectionString,
        });

        Assert.Equal("followupdata", client.AccountName);
        Assert.Equal(new Uri("https://followupdata.table.core.windows.net/"), client.Uri);
    }

    [Fact]
    public void ConnectionStringIsUsedWhenNoUriIsSet()
    {
        var client = StorageServiceCollectionExtensions.CreateTableServiceClient(new StorageOptions { ConnectionString = StorageOptions.LocalConnectionString });

        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Fact]
    public void NoStorageSettingIsAClearConfigurationError()
    {
        var ex = Assert.Throws<StorageConfigurationException>(() =>
            StorageServiceCollectionExtensions.CreateTableServiceClient(new StorageOptions { ConnectionString = null }));

        Assert.Contains("FollowUp:Storage:TableServiceUri", ex.Message, StringComparison.Ordinal);
    }
}
