using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;

namespace FollowUp.Bench.Tests;

/// <summary>The benchmark reaches the account the app would, from the same settings.</summary>
public sealed class CountingTableServiceTests
{
    [Fact]
    public void TableServiceUriWinsOverAConnectionStringAsItDoesForTheApp()
    {
        var client = CountingTableService.Create(
            new StorageOptions { TableServiceUri = "https://followupdata.table.core.windows.net/", ConnectionString = StorageOptions.LocalConnectionString },
            new RequestCountingPolicy());

        Assert.Equal(new Uri("https://followupdata.table.core.windows.net/"), client.Uri);
    }

    [Fact]
    public void AConnectionStringThatIsNotOneIsAClearErrorThatDoesNotRepeatIt()
    {
        var ex = Assert.Throws<StorageConfigurationException>(() =>
            CountingTableService.Create(new StorageOptions { ConnectionString = "AccountKey=secret-part" }, new RequestCountingPolicy()));

        Assert.Contains("FollowUp:Storage:ConnectionString", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-part", ex.Message, StringComparison.Ordinal);
    }
}
