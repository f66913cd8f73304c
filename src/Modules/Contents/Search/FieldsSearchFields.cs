using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Indexing;

namespace Verkostoportaali.Contents.Search;

/// <summary>
/// The values of the simple fields an admin added, as searchable text. Mappers do not see the type's definition, so
/// every value is text; yes/no values say nothing as words and are left out.
/// </summary>
public sealed class FieldsSearchFields : ISearchFields
{
    public const string Field = "fields";

    public void Map(ContentItem item, SearchDocument document)
    {
        foreach (var value in item.Get<FieldsPart>()?.Values.Values ?? [])
        {
            if (value is not ("true" or "false"))
            {
                document.AddText(Field, value);
            }
        }
    }
}
