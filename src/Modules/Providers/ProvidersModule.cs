using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Providers.Search;

namespace Verkostoportaali.Providers;

/// <summary>Service providers, their services and Green Care quality marks; the provider directory at /toimijat.</summary>
public sealed class ProvidersModule() : Module(id: "Providers", name: "Providers", dependsOn: ["Contents", "Taxonomies"], enabledByDefault: false)
{
    public override IEnumerable<MigrationStep> Migrations() => ProvidersMigrations.Steps;

    public const string ProviderType = "Provider";

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<ProviderPart>()
        .AddContentLookup<ProviderQualityMarks>()
        .AddScoped<ProviderDirectory>()
        .AddScoped<ProviderJsonLd>()
        .AddSearchFields<ProviderSearchFields>()
        .AddKeptDetailView(ProviderType);

    public override IEnumerable<NavigationLink> PublicNavigation() => [new("Providers", "/toimijat", 30)];

    public override IEnumerable<ContentTypeDefinition> ContentTypes() =>
    [
        new()
        {
            Name = ProviderType,
            Label = new("Toimija", "Aktör", "Provider"),
            Parts = ["TitlePart", "BodyPart", "AutoroutePart", "LocalizationPart", "ProviderPart", "TermsPart", "ContactsPart", "LogoPart", "LocationPart"],
        },
    ];
}
