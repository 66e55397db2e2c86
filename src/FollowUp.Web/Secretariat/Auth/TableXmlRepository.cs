using System.Xml.Linq;
using Azure.Data.Tables;
using FollowUp.Core.Configuration;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Auth;

/// <summary>
/// The Data Protection key ring in the app's own storage account, one row per key in
/// <c>{prefix}DataProtection</c>, so that every instance of the Functions app reads the same keys and
/// an antiforgery token or session made by one is accepted by the next. Rows are only ever added;
/// Data Protection retires a key by writing a revocation element, never by deleting one.
/// </summary>
public sealed class TableXmlRepository(TableServiceClient service, IOptions<FollowUpOptions> options) : IXmlRepository
{
    private const string Partition = "keys";

    private readonly TableClient _table = service.GetTableClient(options.Value.Storage.DataProtectionTable);
    private readonly bool _createIfMissing = options.Value.Storage.CreateIfMissing;
    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        return [.. _table.Query<TableEntity>(filter).Select(row => XElement.Parse(row.GetString("Xml") ?? "<empty/>"))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        EnsureTable();
        var rowKey = string.Concat((friendlyName ?? "").Where(char.IsAsciiLetterOrDigit).Append('-')) + Guid.NewGuid().ToString("N");
        _table.AddEntity(new TableEntity(Partition, rowKey) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) });
    }

    private void EnsureTable()
    {
        // In Azure the deployment creates the table; the app's table-scoped role cannot.
        if (_createIfMissing && !_created)
        {
            _table.CreateIfNotExists();
            _created = true;
        }
    }
}
