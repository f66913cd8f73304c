using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Media.Storage;

/// <summary>Media files in <c>{DataPath}/Sites/{tenant}/Media/</c>, beside the site's database.</summary>
internal sealed class FileSystemMediaStore(TenantDataPaths paths) : IMediaStore
{
    public async Task SaveAsync(string tenant, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(tenant, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved, so that a reader never sees half a file.
        var partial = path + ".part";
        await File.WriteAllBytesAsync(partial, content, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string tenant, string fileName, CancellationToken cancellationToken = default)
    {
        var path = PathOf(tenant, fileName);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string tenant, string fileName, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(tenant, fileName));
        return Task.CompletedTask;
    }

    private string PathOf(string tenant, string fileName)
    {
        if (!MediaFileNames.IsValid(fileName))
        {
            throw new ArgumentException($"'{fileName}' is not a media file name.", nameof(fileName));
        }
        return Path.Combine(paths.SiteFolder(tenant), "Media", fileName);
    }
}
