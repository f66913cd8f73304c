namespace Verkostoportaali.Localization;

/// <summary>
/// Set by a page (as an <c>HttpContext</c> feature) to describe itself to search engines and link previews: the
/// layout writes it as the meta description, Open Graph and Twitter card tags, and falls back to the site's own
/// description for a page that sets none. Here beside <see cref="LanguageAlternates"/>, the other thing a page tells
/// the layout's head, because every module and the theme reference this project and the kernel has no lines to spare.
/// </summary>
/// <param name="Type">The Open Graph type: <c>website</c>, or <c>article</c> for a content item's page.</param>
/// <param name="ImageUrl">The image a link preview shows, as a full address or a path of the site.</param>
/// <param name="ImageAlt">What the image shows, for those who cannot see it.</param>
public sealed record PageMeta(string? Description = null, string Type = "website", string? ImageUrl = null, string? ImageAlt = null);
