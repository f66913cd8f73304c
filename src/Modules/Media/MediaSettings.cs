namespace Verkostoportaali.Media;

/// <summary>A site's limits for its media library; recipes set them as the settings section "MediaSettings".</summary>
public sealed record MediaSettings
{
    /// <summary>The largest file an editor can upload.</summary>
    public int MaxUploadMegabytes { get; init; } = 20;

    /// <summary>All the site's stored files together (resized variants included) may take this much disk.</summary>
    public int QuotaMegabytes { get; init; } = 500;
}
