using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Api;
using Verkostoportaali.Search.Commands;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search;

/// <summary>Full-text search with Finnish and Swedish morphology: a site's own at /search, the portal's across all sites.</summary>
public sealed class SearchModule() : Module(id: Feature, name: "Search", enabledByDefault: true)
{
    public override IEnumerable<MigrationStep> Migrations() => SearchMigrations.Steps;

    public const string Feature = "Search";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        services
            .AddTenantModel<SearchTaskTable>()
            .AddContentHandler<SearchOutbox>()
            .AddSingleton<SearchBacklog>()
            .AddSingleton<SearchAnalyzers>()
            .AddSingleton<SearchDocuments>()
            .AddSingleton<TenantIndexes>()
            .AddSingleton<IndexBuilder>()
            .AddSingleton<ITenantEvents, IndexRemoval>()
            .AddSingleton<SearchResultCache>()
            .AddSingleton<IndexSearch>()
            .AddScoped<FacetNames>()
            .AddHostedService<SearchIndexWorker>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapSearchApi();

    public override IEnumerable<Command> Commands(WebApplication app) => [ReindexCommand.Create(app.Services)];
}
