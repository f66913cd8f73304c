using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.ContentFields.Images;

/// <summary>A part that holds one image of the site's media library, by its id; an item's page shows it and shares it as og:image.</summary>
public interface IMediaImagePart
{
    int? MediaId { get; }
}

/// <summary>The image part an item's type has: a cover image or a logo.</summary>
public static class ItemImage
{
    public static IMediaImagePart? Of(ContentItem item) => (IMediaImagePart?)item.Get<CoverImagePart>() ?? item.Get<LogoPart>();
}

/// <summary>A project's, article's or event's cover image, shown at the top of its page.</summary>
public sealed record CoverImagePart(int? MediaId = null) : ContentPart, IMediaImagePart;

/// <summary>A provider's or network's logo.</summary>
public sealed record LogoPart(int? MediaId = null) : ContentPart, IMediaImagePart;

/// <summary>Refuses an image id that is not an image of the site's own library (a deleted file, another site's id).</summary>
internal sealed class MediaImagePartHandler(IMediaImages images, IStringLocalizer<MediaImagePartHandler> T) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (ItemImage.Of(version) is { MediaId: { } id } part && !await images.IsImageAsync(id, cancellationToken))
        {
            throw new ContentValidationException(version,
                [new ContentError(part.GetType().Name, nameof(IMediaImagePart.MediaId), T["Choose an image of the site's media library."])]);
        }
    }
}
