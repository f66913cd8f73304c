using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary>Which of the register's three user interfaces a card was copied from (DOMAIN.md, "The national project register card").</summary>
public enum CardLanguage
{
    /// <summary>Finnish labels and Finnish values.</summary>
    Finnish,

    /// <summary>The older Swedish UI: Finnish labels (and <c>Onko Leader</c>) over Swedish values.</summary>
    OldSwedishUi,

    /// <summary>The newer Swedish UI: Swedish labels (<c>Projektnummer</c>, <c>Startdatum</c> …).</summary>
    Swedish,
}

/// <summary>
/// One card read from text: every field under the <see cref="RegisterCardPart"/> property it belongs to, the UI it was
/// copied from, and warnings (with line numbers) for whatever was not understood. A missing name or organisation
/// is empty in <see cref="Fields"/> and named in the warnings.
/// </summary>
public sealed record RegisterCard(CardLanguage Language, RegisterCardPart Fields, int FirstLine, int LastLine, IReadOnlyList<ImportMessage> Warnings)
{
    /// <summary>
    /// The content culture the card fills: the language of its text (name and description), whatever its labels' language;
    /// the labels' language where the text does not tell.
    /// </summary>
    public string Culture { get; init; } = Language == CardLanguage.Finnish ? "fi" : "sv";

    /// <summary>The people of the card's contacts section, which the project keeps as its contacts.</summary>
    public IReadOnlyList<ContactPerson> Contacts { get; init; } = [];

    /// <summary>What the card is called in reports: its number and name, or its lines when it has neither.</summary>
    public string Subject => (Fields.ProjectNumber, Fields.Name) switch
    {
        ({ } number, { Length: > 0 } name) => $"{number} {name}",
        ({ } number, _) => number,
        (_, { Length: > 0 } name) => name,
        _ => $"{FirstLine}–{LastLine}",
    };
}
