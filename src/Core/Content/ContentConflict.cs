using System.Globalization;

namespace Verkostoportaali.Core.Content;

/// <summary>A version in one state: an editor posts it back, so that a save made to an older state is noticed.</summary>
public readonly record struct VersionStamp(string VersionId, int Revision)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{VersionId}.{Revision}");

    public static VersionStamp? Parse(string? text) =>
        text?.Split('.') is [var versionId, var revision] && int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new VersionStamp(versionId, number)
            : null;
}

/// <summary>
/// Someone else changed the item after the version this change was made to; nothing was saved.
/// <see cref="Current"/> is the item's latest version now (null when the database refused the write itself).
/// </summary>
public sealed class ContentConflictException(ContentItem? current, Exception? inner = null)
    : ContentException("Someone else changed the item at the same time; nothing was saved.", inner)
{
    public ContentItem? Current { get; } = current;
}
