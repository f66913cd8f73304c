using System.Globalization;
using System.Text;

namespace Verkostoportaali.Contents;

/// <summary>Turns a title into a URL slug: "Hyvinvointipäivä Suomussalmella" → "hyvinvointipaiva-suomussalmella".</summary>
public static class Slugs
{
    public const int MaxLength = 100;

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString(0, Math.Min(builder.Length, MaxLength)).Trim('-');
        return slug.Length == 0 ? "item" : slug;
    }
}
