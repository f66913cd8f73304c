using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Projects.Search;

/// <summary>The register card's words, dates and status (derived from the dates, as the card's own can be stale).</summary>
public sealed class ProjectSearchFields(TimeProvider clock) : ISearchFields
{
    /// <summary>Keywords the project lists filter on, as the site's list does: the programme, the sub-measure and "yes"/"no" for a Leader project.</summary>
    public const string Programme = "programme";
    public const string SubMeasure = "subMeasure";
    public const string Leader = "leader";

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
            .AddKeyword(Programme, card.Programme)
            .AddKeyword(SubMeasure, card.SubMeasure)
            .AddKeyword(Leader, card.IsLeader switch { true => "yes", false => "no", null => null })
            .AddDate(SearchFieldNames.Date, card.StartDate ?? card.EndDate)
            // A project without an end goes on: it is active in every year from its start.
            .AddDate(SearchFieldNames.LastDate, card.EndDate ?? (card.StartDate is null ? null : DateOnly.MaxValue))
            .AddKeyword(SearchFieldNames.Year, (card.StartDate ?? card.EndDate)?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
