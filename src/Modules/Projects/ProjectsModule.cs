using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Projects.Import;
using Verkostoportaali.Projects.Search;

namespace Verkostoportaali.Projects;

/// <summary>Projects from the national rural project register, with the tenant's own text and links; the list at /hankkeet.</summary>
public sealed class ProjectsModule() : Module(id: Feature, name: "Projects", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<MigrationStep> Migrations() => ProjectsMigrations.Steps;

    public const string Feature = "Projects";
    public const string ProjectType = "Project";

    /// <summary>Import register cards from the admin page (the ops command needs no permission: it runs on the server).</summary>
    public static readonly Permission ImportProjects = new("ImportProjects", "Import projects from the national project register");

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<RegisterCardPart>()
        .AddContentPart<ProjectLinksPart>()
        .AddContentLookup<ProjectNumbers>()
        .AddContentLookup<ProjectFacets>()
        .AddContentHandler<UniqueProjectNumbers>()
        .AddSearchFields<ProjectSearchFields>()
        .AddTenantModel<ImportRecordTable>()
        .AddScoped<RegisterImporter>()
        .AddScoped<Pages.Projects.ProjectListing>()
        .AddKeptDetailView(ProjectType);

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Projects", "/hankkeet", 10)];

    public override IEnumerable<NavigationLink> AdminNavigation() => [new("Import projects", "/admin/tuonti", 10)];

    public override IEnumerable<Permission> Permissions() => [ImportProjects];

    public override IEnumerable<RoleDefaults> DefaultRoles() =>
        [new(PortalRoles.Administrator, ImportProjects), new(PortalRoles.Editor, ImportProjects)];

    public override IEnumerable<Command> Commands(WebApplication app) =>
        [RegisterImportCommand.Create(app.Services)];

    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = ProjectType,
            Label = new("Hanke", "Projekt", "Project"),
            Parts = ["TitlePart", "RegisterCardPart", "BodyPart", "ProjectLinksPart", "ContactsPart", "AutoroutePart", "LocalizationPart", "TermsPart", "CoverImagePart"],
        },
    ];
}
