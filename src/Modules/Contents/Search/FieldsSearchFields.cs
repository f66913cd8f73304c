using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Contents.Search;

/// <summary>
/// The values of the simple fields an admin added, as searchable text: only those the item's page shows (fields the type
/// still has, values that read as the field's kind). Yes/no values say nothing as words and are left out.
/// </summary>
public sealed class FieldsSearchFields : ISearchFields
{
    public const string Field = "fields";

    public void Map(ContentItem item, SearchDocument document)
    {
        foreach (var value in item.Get<FieldsPart>()?.Shown(document.Type?.Fields ?? []) ?? [])
        {
            if (value.Field.Kind != ContentFieldKind.YesNo)
            {
                document.AddText(Field, value.Stored);
            }
        }
    }
}
