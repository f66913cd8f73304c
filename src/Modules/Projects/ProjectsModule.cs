using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Projects;

/// <summary>Projects from the national rural project register, with the tenant's own text and links.</summary>
public sealed class ProjectsModule() : Module(id: "Projects", name: "Projects", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = "Project",
            Label = new("Hanke", "Projekt", "Project"),
            Parts = ["TitlePart", "BodyPart", "AutoroutePart", "TermsPart"],
        },
    ];
}
