using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events;

/// <summary>Lookup row: when one version of an event takes place, so that calendars need not read JSON.</summary>
public sealed class EventDate : ContentLookupRow
{
    public required DateTime StartUtc { get; init; }
    /// <summary>Exclusive; equal to <see cref="StartUtc"/> for an event with no end time.</summary>
    public required DateTime EndUtc { get; init; }
    public required bool AllDay { get; init; }
    /// <summary>The first and last Finnish local day the event covers, for month views.</summary>
    public required DateOnly FirstDay { get; init; }
    public required DateOnly LastDay { get; init; }
}

internal sealed class EventDates : ContentLookup<EventDate>
{
    protected override IEnumerable<EventDate> Map(ContentItem version)
    {
        if (version.Get<EventPart>() is not { } part)
        {
            yield break;
        }
        var span = part.Span();
        yield return new EventDate
        {
            StartUtc = span.StartUtc,
            EndUtc = span.EndUtc,
            AllDay = span.AllDay,
            FirstDay = span.FirstDay,
            LastDay = span.LastDay,
        };
    }

    protected override void Configure(EntityTypeBuilder<EventDate> table)
    {
        table.HasIndex(d => d.StartUtc);
        table.HasIndex(d => d.EndUtc);
        table.HasIndex(d => new { d.FirstDay, d.LastDay });
    }
}
