using System.Data.Common;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Web;

/// <summary>
/// The key ring's rows in the host database's <c>DataProtectionKeys</c> table, read and written with plain commands.
/// Written by hand because data protection's own EntityFrameworkCoreXmlRepository, which keeps the same rows, makes EF
/// Core build its model and compile a query while the server starts: half a second before it could listen.
/// </summary>
internal sealed class HostKeyRepository(HostConnections connections, ILogger<HostKeyRepository> logger) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "FriendlyName", "Xml" FROM "DataProtectionKeys" ORDER BY "Id" """;
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
        {
            if (Parse(reader.IsDBNull(1) ? "" : reader.GetString(1)) is { } key)
            {
                keys.Add(key);
            }
            else
            {
                // As data protection's own repositories do: one unreadable key must not stop every login.
                logger.LogWarning("The data-protection key {Name} in the host database is not valid XML and is ignored.", reader.GetValue(0));
            }
        }
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") VALUES (@name, @xml)""";
        command.AddParameter("name", friendlyName);
        command.AddParameter("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private DbConnection Open()
    {
        var connection = connections.Create();
        connection.Open();
        return connection;
    }

    private static XElement? Parse(string xml)
    {
        try
        {
            return XElement.Parse(xml);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
