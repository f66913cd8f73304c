using System.Globalization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Events.Search;

/// <summary>An event's date and whether it is still to come, so that search can filter and facet on them.</summary>
public sealed class EventSearchFields(TimeProvider clock) : ISearchFields
{
    public void Map(ContentItem item, SearchDocument document)
    {
        if (item.Get<EventPart>() is not { } when)
        {
            return;
        }
        var ended = (when.EndDate ?? when.StartDate) < HelsinkiTime.Today(clock);
        document.AddDate(SearchFieldNames.Date, when.StartDate)
            .AddDate(SearchFieldNames.LastDate, when.Span().LastDay)
            .AddKeyword(SearchFieldNames.Year, when.StartDate.Year.ToString(CultureInfo.InvariantCulture))
            .AddKeyword(SearchFieldNames.Status, ended ? "ended" : "upcoming")
            .AddStored(SearchFieldNames.Start, Local(when.StartDate, when.StartTime))
            .AddStored(SearchFieldNames.End, when.EndDate is { } end ? Local(end, when.EndTime) : null)
            .AddStored(SearchFieldNames.Place, string.Join(", ", new[] { when.PlaceName, when.Address }.Where(p => !string.IsNullOrWhiteSpace(p))))
            .AddStored(SearchFieldNames.OnlineUrl, when.OnlineUrl);
    }

    private static string Local(DateOnly date, TimeOnly? time) => time is { } t
        ? date.ToDateTime(t).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
