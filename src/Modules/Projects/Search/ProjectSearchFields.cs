using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Projects.Search;

/// <summary>The register card's words, dates and status (derived from the dates, as the card's own can be stale).</summary>
public sealed class ProjectSearchFields(TimeProvider clock) : ISearchFields
{
    public void Map(ContentItem item, SearchDocument document)
    {
        if (item.Get<RegisterCardPart>() is not { } card)
        {
            return;
        }
        document.AddText(SearchFieldNames.Title, card.Name, boost: 2f)
            .AddText(SearchFieldNames.Body, card.PublicDescription)
            .AddText("organisation", card.ImplementingOrganisation)
            .AddText("classification", string.Join(". ",
                new[] { card.Programme, card.Measure, card.SubMeasure, card.MeasureType, card.Scope, card.ProjectNumber }
                    .Concat(card.Keywords).Where(v => !string.IsNullOrWhiteSpace(v))))
            .AddKeyword(SearchFieldNames.Status, card.StatusOn(HelsinkiTime.Today(clock))?.ToString().ToLowerInvariant())
            .AddDate(SearchFieldNames.Date, card.StartDate ?? card.EndDate)
            .AddKeyword(SearchFieldNames.Year, (card.StartDate ?? card.EndDate)?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
