using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Events;

/// <summary>Theme days, workshops and wellbeing days, with calendars and iCalendar feeds.</summary>
public sealed class EventsModule() : Module(id: "Events", name: "Events", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = "Event",
            Label = new("Tapahtuma", "Evenemang", "Event"),
            Parts = ["TitlePart", "BodyPart", "AutoroutePart", "TermsPart"],
        },
    ];
}
