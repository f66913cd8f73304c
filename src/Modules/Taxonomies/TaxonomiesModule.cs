using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies.Search;

namespace Verkostoportaali.Taxonomies;

/// <summary>Shared vocabularies (regions, municipalities, themes, service fields) and the terms part any type can carry.</summary>
public sealed class TaxonomiesModule() : Module(id: "Taxonomies", name: "Taxonomies")
{
    public override IEnumerable<Type> Provides() => [typeof(ITermFieldVocabularies)];

    public override IEnumerable<MigrationStep> Migrations() => TaxonomiesMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services) => services
        .AddTenantModel<TaxonomyTables>()
        .AddContentPart<TermsPart>()
        .AddContentLookup<ItemTerms>()
        .AddScoped<Vocabularies>()
        .AddScoped<ITermFieldVocabularies>(services => services.GetRequiredService<Vocabularies>())
        .AddContentHandler<TermFieldValues>()
        .AddContentHandler<TermsPartIds>()
        .AddScoped<IRecipeStep, TaxonomyStep>()
        .AddSearchFields<TermsSearchFields>();
}
