using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
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

    public override IEnumerable<Type> Needs() => [typeof(ITermFieldVocabularies)];

    public const string Feature = "Search";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.NodeName is not { Length: 0 or > SearchCursorTable.NodeLength },
                $"Portal:Search:NodeName must be 1 to {SearchCursorTable.NodeLength} characters.")
            .Validate(o => o.StaleNodeAfter > TimeSpan.Zero, "Portal:Search:StaleNodeAfter must be longer than zero.")
            .ValidateOnStart();
        services
            .AddTenantModel<SearchTaskTable>()
            .AddTenantModel<SearchCursorTable>()
            .AddContentHandler<SearchOutbox>()
            .AddSingleton<SearchBacklog>()
            .AddSingleton<OutboxCursors>()
            .AddSingleton<SearchAnalyzers>()
            .AddSingleton<SearchDocuments>()
            .AddSingleton<TenantIndexes>()
            .AddSingleton<IndexBuilder>()
            .AddSingleton<ITenantEvents, IndexRemoval>()
            .AddSingleton<SearchResultCache>()
            .AddSingleton<IndexSearch>()
            .AddSingleton<IContentListing, IndexListing>()
            .AddSingleton<SearchMetrics>()
            .AddScoped<FacetNames>()
            .AddHostedService<SearchIndexWorker>()
            .AddHealthChecks().AddCheck<SearchIndexReadiness>(SearchIndexReadiness.Name, tags: [ReadyTag]);
    }

    /// <summary>The tag of checks that only <c>/health/ready</c> asks: a node is alive before it is ready.</summary>
    public const string ReadyTag = "ready";

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapSearchApi();

    public override IEnumerable<Command> Commands(WebApplication app) => [ReindexCommand.Create(app.Services)];
}
