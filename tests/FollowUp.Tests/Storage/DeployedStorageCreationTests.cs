using Azure.Data.Tables;
using FollowUp.Core.Backup;
using FollowUp.Core.Storage;
using FollowUp.Tests.Backup;
using FollowUp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Tests.Storage;

/// <summary>
/// <c>FollowUp:Storage:CreateIfMissing</c> false, as in Azure: the deployment created the tables and
/// the backup container, and the app, whose roles are scoped to them, must use them without trying
/// to create them.
/// </summary>
public sealed class DeployedStorageCreationTests(AzuriteStorage azurite) : IClassFixture<AzuriteStorage>
{
    private static readonly Dictionary<string, string?> CreationOff = new() { ["FollowUp:Storage:CreateIfMissing"] = "false" };

    [Fact]
    public async Task StoreWithCreationOffDoesNotCreateAMissingTable()
    {
        await using var tables = azurite.CreateTables();
        await using var services = tables.BuildServices(extraSettings: CreationOff);
        var store = services.GetRequiredService<ICommitmentStore>();

        await Record.ExceptionAsync(() => store.GetAsync("pta-implementation-plan"));

        Assert.False(await ExistsAsync(tables, tables.Prefix + "Commitments"));
    }

    [Fact]
    public async Task StoreWithCreationOffUsesTheTableTheDeploymentCreated()
    {
        await using var tables = azurite.CreateTables();
        await tables.Service.CreateTableAsync(tables.Prefix + "Commitments");
        await tables.Service.CreateTableAsync(tables.Prefix + "OwnerIndex");
        await using var services = tables.BuildServices(extraSettings: CreationOff);
        var store = services.GetRequiredService<ICommitmentStore>();

        Assert.IsType<SaveResult.Saved>(await store.AddAsync(TestCommitments.Bilateral()));

        Assert.NotNull(await store.GetAsync(TestCommitments.Bilateral().Id));
    }

    [Fact]
    public async Task BackupWithCreationOffDoesNotCreateAMissingContainer()
    {
        await using var context = BackupTestContext.Create(azurite, CreationOff);
        await SeedOneRowAsync(context);

        Assert.IsType<ExportOutcome.StorageFailed>(await context.Export.ToContainerAsync());

        Assert.False(await context.Blobs.ExistsAsync());
    }

    [Fact]
    public async Task BackupWithCreationOffWritesToTheContainerTheDeploymentCreated()
    {
        await using var context = BackupTestContext.Create(azurite, CreationOff);
        await SeedOneRowAsync(context);
        await context.Blobs.CreateAsync();

        var written = Assert.IsType<ExportOutcome.Written>(await context.Export.ToContainerAsync());

        Assert.Equal(1, written.Manifest.Rows["Commitments"]);
    }

    /// <summary>A table as the deployment leaves it, with a row in it, written without FollowUp's stores.</summary>
    private static async Task SeedOneRowAsync(BackupTestContext context)
    {
        var table = context.Table("Commitments");
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("pta-implementation-plan", "commitment"));
    }

    private static async Task<bool> ExistsAsync(TestTables tables, string name)
    {
        await foreach (var _ in tables.Service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName eq {name}")))
        {
            return true;
        }

        return false;
    }
}
