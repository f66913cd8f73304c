namespace Verkostoportaali.ContentFields.Images;

/// <summary>
/// How a page shows an image (the theme's partial <c>_Picture</c>): its <c>sizes</c>, and whether it is decorative (empty
/// alt, as a logo beside the site's name is); the alt text names its language where it is not the page's.
/// </summary>
public sealed record PictureView(ImageSources Sources, string Sizes, string PageCulture, string? CssClass = null, bool Decorative = false,
    string Loading = "lazy");
