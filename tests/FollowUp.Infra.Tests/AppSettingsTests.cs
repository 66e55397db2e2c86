using System.Text.RegularExpressions;
using FollowUp.Core.Configuration;
using FollowUp.Infra.Tests.Support;

namespace FollowUp.Infra.Tests;

[Collection(SharedBicepBuild.Name)]
public sealed partial class AppSettingsTests(BicepFixture bicep)
{
    /// <summary>
    /// Options that exist for local runs only and must not be set in Azure:
    /// the connection string (Azurite; in Azure the table service URI and the identity are used, and a
    /// connection string would be a shared key), and the .eml outbox used when no SendGrid key is set
    /// (in Azure the key always comes from Key Vault).
    /// </summary>
    private static readonly HashSet<string> LocalOnly =
    [
        "FollowUp__Storage__ConnectionString",
        "FollowUp__Email__OutboxPath",
    ];

    /// <summary>
    /// Settings whose option is still on another branch: FollowUp:Secretariat:TrustEasyAuthHeaders
    /// comes with the secretariat's workspace (branch workspace). Remove the entry once it is merged.
    /// </summary>
    /// <summary>Settings Flex Consumption no longer accepts or ignores (runtime and package come from functionAppConfig).</summary>
    private static readonly string[] RetiredOnFlexConsumption =
    [
        "FUNCTIONS_WORKER_RUNTIME",
        "FUNCTIONS_WORKER_RUNTIME_VERSION",
        "FUNCTIONS_EXTENSION_VERSION",
        "FUNCTIONS_MAX_HTTP_CONCURRENCY",
        "FUNCTIONS_WORKER_PROCESS_COUNT",
        "FUNCTIONS_WORKER_SHARED_MEMORY_DATA_TRANSFER_ENABLED",
        "SCALE_CONTROLLER_SCALE_DOWN_DELAY",
        "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
        "WEBSITE_CONTENTSHARE",
        "WEBSITE_CONTENTOVERVNET",
        "WEBSITE_SKIP_CONTENTSHARE_VALIDATION",
        "WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT",
        "WEBSITE_NODE_DEFAULT_VERSION",
        "WEBSITE_TIME_ZONE",
        "WEBSITE_VNET_ROUTE_ALL",
        "WEBSITE_DNS_SERVER",
        "WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED",
        "ENABLE_ORYX_BUILD",
        "linuxFxVersion",
    ];

    [Fact]
    public void OptionPathsReachNestedSectionsAndListEntriesButNotComputedProperties()
    {
        var paths = OptionPaths.All();

        Assert.Contains("FollowUp__PublicBaseUrl", paths);
        Assert.Contains("FollowUp__Email__FromAddress", paths);
        Assert.Contains("FollowUp__Reminders__UpcomingDays__0", paths);
        Assert.Contains("FollowUp__Reminders__Holidays__0__Date", paths);
        Assert.Contains("FollowUp__Links__SigningKeys__0__Secret", paths);
        Assert.DoesNotContain("FollowUp__Storage__CommitmentsTable", paths);
    }

    [Fact]
    public void EveryBindableOptionIsSetInAzure()
    {
        var names = AppSettings().Names;

        // A list entry is either written out (__0__) or generated per parameter element (__{0}__).
        var missing = OptionPaths.All()
            .Where(path => !LocalOnly.Contains(path))
            .Where(path => !names.Contains(path) && !names.Contains(path.Replace("__0", "__{0}", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryFollowUpSettingNamesABindableOption()
    {
        var options = OptionPaths.All().ToHashSet(StringComparer.Ordinal);

        var unknown = AppSettings().Names
            .Where(name => name.StartsWith("FollowUp__", StringComparison.Ordinal))
            .Where(name => !options.Contains(ListIndex().Replace(name, "__0")))
            .ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void LocalOnlyOptionsAreNotSet()
    {
        var names = AppSettings().Names;

        foreach (var localOnly in LocalOnly)
        {
            Assert.DoesNotContain(localOnly, names);
        }
    }

    [Fact]
    public void NoSettingRetiredOnFlexConsumptionAppears()
    {
        var text = bicep.Template.Text;

        var present = RetiredOnFlexConsumption.Where(name => text.Contains(name, StringComparison.Ordinal)).ToList();

        Assert.Empty(present);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity")]
    [InlineData("AzureWebJobsStorage__clientId", "[parameters('identityClientId')]")]
    [InlineData("AzureWebJobsStorage__blobServiceUri", "[parameters('blobEndpoint')]")]
    [InlineData("AzureWebJobsStorage__queueServiceUri", "[parameters('queueEndpoint')]")]
    [InlineData("FollowUp__Storage__TableServiceUri", "[parameters('tableEndpoint')]")]
    [InlineData("FollowUp__Storage__ManagedIdentityClientId", "[parameters('identityClientId')]")]
    public void StorageIsReachedWithTheIdentity(string setting, string expected) =>
        Assert.Equal(expected, AppSettings().ValueOf(setting));

    [Fact]
    public void HostIsGivenNoTableEndpoint() =>
        // The identity may use FollowUp's tables only; a host with a table endpoint would try its own.
        Assert.DoesNotContain("AzureWebJobsStorage__tableServiceUri", AppSettings().Names);

    [Theory]
    [InlineData("FollowUp__Reminders__UpcomingDays__0", "14")]
    [InlineData("FollowUp__Reminders__UpcomingDays__1", "3")]
    [InlineData("FollowUp__Reminders__WorkingDays__0", "Monday")]
    [InlineData("FollowUp__Reminders__WorkingDays__1", "Tuesday")]
    [InlineData("FollowUp__Reminders__WorkingDays__2", "Wednesday")]
    [InlineData("FollowUp__Reminders__WorkingDays__3", "Thursday")]
    [InlineData("FollowUp__Reminders__WorkingDays__4", "Friday")]
    public void ListOptionIsWrittenAsIndexedEntries(string setting, string expected) =>
        Assert.Equal(expected, AppSettings().ValueOf(setting));

    [Fact]
    public void WorkingDaysAreExactlyMondayToFriday() =>
        Assert.Equal(5, AppSettings().Names.Count(name => name.StartsWith("FollowUp__Reminders__WorkingDays__", StringComparison.Ordinal)));

    [Fact]
    public void PublicBaseUrlIsTheAppsOwnHttpsHostUnlessAFrontDoorsIsGiven() =>
        Assert.Contains(
            "createObject('FollowUp__PublicBaseUrl', if(empty(parameters('publicBaseUrl')), format('https://{0}', reference('site').defaultHostName), parameters('publicBaseUrl')))",
            AppSettings().ExpressionText,
            StringComparison.Ordinal);

    [Fact]
    public void AppCreatesNoTableOrContainerInAzure() =>
        // Its roles are scoped to each table and to the backup container; storage.bicep creates them.
        Assert.Equal("false", AppSettings().ValueOf("FollowUp__Storage__CreateIfMissing"));

    [Fact]
    public void ScanScheduleDefaultIsTheAppsDefault() =>
        Assert.Equal(new FollowUpOptions().ScanSchedule, (string?)bicep.Template.Parameters["scanSchedule"]?["defaultValue"]);

    private AppSettingsSurface AppSettings() => AppSettingsSurface.Read(bicep.Template.ModuleDeploying("Microsoft.Web/sites"));

    [GeneratedRegex(@"__(\d+|\{0\})(?=__|$)")]
    private static partial Regex ListIndex();
}
