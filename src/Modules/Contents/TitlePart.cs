using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>The item's title; it becomes the item's display text.</summary>
public sealed record TitlePart([property: Required, MaxLength(TitlePart.MaxLength)] string Title) : ContentPart
{
    public const int MaxLength = 300;
}

internal sealed class TitlePartHandler : IContentHandler
{
    public Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<TitlePart>() is { } title)
        {
            version.DisplayText = title.Title.Trim();
        }
        return Task.CompletedTask;
    }
}
