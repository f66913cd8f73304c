using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;
using Verkostoportaali.Events.Feeds;
using Verkostoportaali.Events.Search;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Events;

/// <summary>Theme days, workshops and wellbeing days, with calendars and iCalendar feeds.</summary>
public sealed class EventsModule() : Module(id: "Events", name: "Events", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<MigrationStep> Migrations() => EventsMigrations.Steps;

    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = "Event",
            Label = new("Tapahtuma", "Evenemang", "Event"),
            Parts = ["TitlePart", "BodyPart", "AutoroutePart", "LocalizationPart", "EventPart", "TermsPart", "CoverImagePart", "LocationPart"],
        },
    ];

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<EventPart>()
        .AddContentLookup<EventDates>()
        .AddContentHandler<EventCheck>()
        .AddScoped<EventCalendar>()
        .AddScoped<EventDetails>()
        .AddScoped<IContentListPreparer, EventListPreparer>()
        .AddScoped<CalendarFeed>()
        .AddSearchFields<EventSearchFields>()
        .AddKeptDetailView(EventCheck.EventType);

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Events", "/tapahtumat", 40)];

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapEventFeeds();
}
