namespace Verkostoportaali.Media.Storage;

/// <summary>Where a site's media files are kept: a folder now, an S3-compatible bucket later.</summary>
public interface IMediaStore
{
    /// <summary>Writes the file; a file of that name is replaced (names are content hashes, so it held the same bytes).</summary>
    Task SaveAsync(string tenant, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The file to read, or null when the site has none of that name.</summary>
    Task<Stream?> OpenReadAsync(string tenant, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Removes the file; one the site does not have is no error.</summary>
    Task DeleteAsync(string tenant, string fileName, CancellationToken cancellationToken = default);
}
