namespace Verkostoportaali.Core.Content;

/// <summary>A content type: which parts its items have and which simple fields an admin added, with labels in fi/sv/en.</summary>
public sealed record ContentTypeDefinition
{
    public required string Name { get; init; }
    public required LocalizedText Label { get; init; }
    public IReadOnlyList<string> Parts { get; init; } = [];
    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];
    /// <summary>Whether items of the type get their own public page at <c>/{slug}</c>.</summary>
    public bool Routable { get; init; } = true;
}

/// <summary>A simple field an admin added; a <see cref="ContentFieldKind.Term"/> field takes its terms from <paramref name="Vocabulary"/>.</summary>
public sealed record ContentFieldDefinition(string Name, ContentFieldKind Kind, LocalizedText Label, string? Vocabulary = null);

public enum ContentFieldKind
{
    Text,
    Number,
    Date,
    Link,
    YesNo,
    Term,
}

/// <summary>A text in Finnish, with Swedish and English where given; Finnish stands in for a missing one.</summary>
public sealed record LocalizedText(string Fi, string? Sv = null, string? En = null)
{
    public string For(string culture) => culture switch
    {
        "sv" => Sv ?? Fi,
        "en" => En ?? Fi,
        _ => Fi,
    };
}
