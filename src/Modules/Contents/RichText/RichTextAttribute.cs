using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Contents.RichText;

/// <summary>
/// Rich text that <see cref="RichTextSanitizer"/> can take: nested at most <see cref="RichTextSanitizer.MaxDepth"/> deep.
/// Deeper text is refused rather than flattened: only a crafted post or a broken paste nests so deep, and text changed
/// silently on save would surprise its author more than a message that keeps the form as it was.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RichTextAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string html || !RichTextSanitizer.IsTooDeep(html);
}
