using System.IO.Compression;
using System.Text.Json;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Tenants.Backups;

/// <summary>
/// One site in a file: a zip with <c>site.json</c> (<see cref="SiteManifest"/>) and <c>tables/{table}.json</c>, each
/// <c>{ "columns": [...], "rows": [[...], ...] }</c> with the values as the database gave them (numbers, text, null,
/// bytes as base64), so that the file does not depend on the database it came from.
/// </summary>
public static class SiteArchive
{
    public const int Format = 1;
    private const string ManifestEntry = "site.json";
    private const string TablePrefix = "tables/";

    public static async Task WriteManifestAsync(ZipArchive zip, SiteManifest manifest, CancellationToken cancellationToken)
    {
        await using var stream = await zip.CreateEntry(ManifestEntry).OpenAsync(cancellationToken);
        await JsonSerializer.SerializeAsync(stream, manifest, ContentJson.Options, cancellationToken);
    }

    public static Task<Stream> CreateTableAsync(ZipArchive zip, string table, CancellationToken cancellationToken) =>
        zip.CreateEntry(TablePrefix + table + ".json").OpenAsync(cancellationToken);

    /// <summary>The manifest; a file that is no site archive, or of another format, gets a message saying so.</summary>
    public static async Task<SiteManifest> ReadManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw new SiteArchiveException($"The file is no site export: it has no {ManifestEntry}.");
        await using var stream = await entry.OpenAsync(cancellationToken);
        var manifest = await JsonSerializer.DeserializeAsync<SiteManifest>(stream, ContentJson.Options, cancellationToken)
            ?? throw new SiteArchiveException($"The file's {ManifestEntry} is empty.");
        return manifest.Format == Format ? manifest
            : throw new SiteArchiveException($"The file is a site export of format {manifest.Format}; this portal reads format {Format}.");
    }

    public static IEnumerable<(string Table, ZipArchiveEntry Entry)> Tables(ZipArchive zip) =>
        zip.Entries.Where(e => e.FullName.StartsWith(TablePrefix, StringComparison.Ordinal) && e.FullName.EndsWith(".json", StringComparison.Ordinal))
            .Select(e => (e.FullName[TablePrefix.Length..^".json".Length], e));
}

/// <summary>What a site export holds besides its tables: the site's registry row, and the schema its rows fit.</summary>
public sealed record SiteManifest(
    int Format,
    string Name,
    string DisplayName,
    string? Region,
    bool ListedInPortalSearch,
    string? Recipe,
    IReadOnlyList<string> Features,
    IReadOnlyList<string> Migrations,
    bool WithAccounts,
    DateTime ExportedUtc);

/// <summary>A site export that cannot be read or restored; the message says why.</summary>
public sealed class SiteArchiveException(string message) : Exception(message);
