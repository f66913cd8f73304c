using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.ContentFields.Images;

/// <summary>What a page needs to show an image: the fallback's URL and size, both <c>srcset</c>s and the alt text.</summary>
public sealed record ImageSources(string Src, string WebpSrcset, string FallbackSrcset, string FallbackType, int Width, int Height,
    string Alt, string AltCulture);

/// <summary>An image of the site's library as a picker offers it: its id and file name, and its sources for a preview.</summary>
public sealed record ImageChoice(int Id, string FileName, ImageSources Sources);

/// <summary>
/// The site's media library as image fields, the site's logo and the theme use it; implemented by the Media module, so
/// that they need not know how media files are stored or named.
/// </summary>
public interface IMediaImages
{
    /// <summary>The sources of the site's image with that id for a page in the culture; null for none, a document, or a site without the library.</summary>
    Task<ImageSources?> SourcesAsync(int? mediaId, HttpRequest request, string culture, CancellationToken cancellationToken = default);

    /// <summary>Whether the id names an image of the site's library.</summary>
    Task<bool> IsImageAsync(int mediaId, CancellationToken cancellationToken = default);

    /// <summary>The site's images, newest first, with their alt texts in the culture.</summary>
    Task<IReadOnlyList<ImageChoice>> ImagesAsync(HttpRequest request, string culture, CancellationToken cancellationToken = default);
}

/// <summary>A portal without the Media module: no images.</summary>
internal sealed class NoMediaImages : IMediaImages
{
    public Task<ImageSources?> SourcesAsync(int? mediaId, HttpRequest request, string culture, CancellationToken cancellationToken = default) =>
        Task.FromResult<ImageSources?>(null);

    public Task<bool> IsImageAsync(int mediaId, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<IReadOnlyList<ImageChoice>> ImagesAsync(HttpRequest request, string culture, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ImageChoice>>([]);
}
