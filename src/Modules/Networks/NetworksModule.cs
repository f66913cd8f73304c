using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Networks;

/// <summary>Open free networks and visitors' requests to join them.</summary>
public sealed class NetworksModule() : Module(id: "Networks", name: "Networks", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = "Network",
            Label = new("Verkosto", "Nätverk", "Network"),
            Parts = ["TitlePart", "BodyPart", "AutoroutePart", "TermsPart"],
        },
    ];
}
