using MimeKit;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Mail.Files;

/// <summary>One .eml file the sender wrote: the site's folder, the file's name, and when it was written.</summary>
public sealed record EmlFile(string Site, string Name, DateTime WrittenUtc);

/// <summary>
/// The .eml files the sender wrote for all sites under <c>{DataPath}/Mail/{site}/</c>, for the portal admin. A file is
/// opened only by a site and name found by listing the folders, so a name from a request never becomes a path.
/// </summary>
public sealed class EmlFiles(TenantDataPaths paths)
{
    private string Root => Path.Combine(paths.Root, "Mail");

    /// <summary>Every site's files, newest first.</summary>
    public IReadOnlyList<EmlFile> List() =>
        [.. Sites().SelectMany(site => Files(site).Select(file => new EmlFile(site.Name, file.Name, file.LastWriteTimeUtc)))
            .OrderByDescending(f => f.WrittenUtc).ThenBy(f => f.Site, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>The message in the listed file of that site and name; null when there is no such file.</summary>
    /// <exception cref="FormatException">The file is not a mail MimeKit can read.</exception>
    public async Task<MimeMessage?> ReadAsync(string? site, string? name, CancellationToken cancellationToken)
    {
        var folder = Sites().FirstOrDefault(s => s.Name == site);
        var file = folder is null ? null : Files(folder).FirstOrDefault(f => f.Name == name);
        return file is null ? null : await MimeMessage.LoadAsync(file.FullName, cancellationToken);
    }

    /// <summary>The headers of a listed file, for the list's recipient and subject; null when they cannot be read.</summary>
    public HeaderList? HeadersOf(EmlFile file)
    {
        try
        {
            return HeaderList.Load(Path.Combine(Root, file.Site, file.Name));
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            return null;
        }
    }

    private IEnumerable<DirectoryInfo> Sites() =>
        Directory.Exists(Root) ? new DirectoryInfo(Root).EnumerateDirectories().Where(d => d.LinkTarget is null) : [];

    // Not *.eml.partial, a file being written; no links, which could lead out of the folder.
    private static IEnumerable<FileInfo> Files(DirectoryInfo site) =>
        site.EnumerateFiles("*.eml").Where(f => f.LinkTarget is null && f.Name.EndsWith(".eml", StringComparison.Ordinal));
}
