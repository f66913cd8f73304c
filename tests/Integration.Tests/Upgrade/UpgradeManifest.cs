using System.Text.Json;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>
/// What an upgrade fixture's data folder held when the release made it (<c>{fixture}.manifest.json</c>, written by
/// tests/Fixtures/upgrade/make-data-folder.sh from the SQLite files).
/// </summary>
public sealed record UpgradeManifest(
    DateTimeOffset MadeUtc,
    IReadOnlyList<RecordedAccount> Accounts,
    IReadOnlyList<RecordedTenant> Tenants,
    IReadOnlyDictionary<string, RecordedSite> Sites,
    IReadOnlyList<RecordedPage> Published)
{
    public static UpgradeManifest Read(string path) =>
        JsonSerializer.Deserialize<UpgradeManifest>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidDataException($"{path} holds no manifest.");
}

/// <summary>An account and its password, which the script chose; <see cref="SiteRoot"/> is "/" or "/{tenant}/".</summary>
public sealed record RecordedAccount(string SiteRoot, string UserName, string Password);

public sealed record RecordedTenant(string Name, string State, string? UrlPrefix);

/// <summary>One tenant database's rows, by the ids the release gave them.</summary>
public sealed record RecordedSite(
    IReadOnlyList<RecordedItem> ContentItems,
    IReadOnlyList<RecordedUser> Users,
    IReadOnlyList<RecordedRole> Roles,
    IReadOnlyList<int> JoinRequestIds,
    IReadOnlyList<long> AuditEntryIds,
    IReadOnlyList<string> ImportedItemIds);

/// <summary>A content item's versions, oldest first, and which of them carried the Latest and Published flags.</summary>
public sealed record RecordedItem(string ContentItemId, string ContentType, IReadOnlyList<string> VersionIds, string Latest, string? Published);

public sealed record RecordedUser(string UserName, IReadOnlyList<string> Roles);

public sealed record RecordedRole(string Name, IReadOnlyList<string> Permissions);

/// <summary>A published item: its page's address and title, and a word of it that the site's search found.</summary>
public sealed record RecordedPage(string Tenant, string Culture, string ContentItemId, string Title, string Word, string Url);
