using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Contents.Search;

/// <summary>
/// The names of an item's contact people (projects, networks, providers), so that a visitor finds them by name. Only
/// the names and roles: phone numbers and addresses are personal data a search box has no need to match.
/// </summary>
public sealed class ContactsSearchFields : ISearchFields
{
    public const string Field = "contacts";

    public void Map(ContentItem item, SearchDocument document)
    {
        foreach (var person in item.Get<ContactsPart>()?.People ?? [])
        {
            document.AddText(Field, person.Role is null ? person.Name : $"{person.Name}, {person.Role}");
        }
    }
}
