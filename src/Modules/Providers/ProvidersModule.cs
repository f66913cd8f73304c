using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Providers;

/// <summary>Service providers, their services and Green Care quality marks.</summary>
public sealed class ProvidersModule() : Module(id: "Providers", name: "Providers", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = "Provider",
            Label = new("Toimija", "Aktör", "Provider"),
            Parts = ["TitlePart", "BodyPart", "AutoroutePart", "TermsPart"],
        },
    ];
}
