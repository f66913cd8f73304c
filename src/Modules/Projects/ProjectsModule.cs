using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Indexing;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Projects.Search;

namespace Verkostoportaali.Projects;

/// <summary>Projects from the national rural project register, with the tenant's own text and links; the list at /hankkeet.</summary>
public sealed class ProjectsModule() : Module(id: "Projects", name: "Projects", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public const string ProjectType = "Project";

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<RegisterCardPart>()
        .AddContentPart<ProjectLinksPart>()
        .AddContentLookup<ProjectNumbers>()
        .AddContentLookup<ProjectFacets>()
        .AddContentHandler<UniqueProjectNumbers>()
        .AddSearchFields<ProjectSearchFields>();

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Projects", "/hankkeet", 10)];

    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = ProjectType,
            Label = new("Hanke", "Projekt", "Project"),
            Parts = ["TitlePart", "RegisterCardPart", "BodyPart", "ProjectLinksPart", "ContactsPart", "AutoroutePart", "LocalizationPart", "TermsPart"],
        },
    ];
}
