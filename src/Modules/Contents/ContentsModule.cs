using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents.Api;
using Verkostoportaali.Contents.Search;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Indexing;
using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Contents;

/// <summary>The parts every type is made of (title, body, route), public item pages and the content JSON API.</summary>
public sealed class ContentsModule() : Module(id: "Contents", name: "Contents")
{
    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<TitlePart>().AddContentHandler<TitlePartHandler>()
        .AddContentPart<BodyPart>().AddContentHandler<BodyPartHandler>()
        .AddContentPart<AutoroutePart>().AddContentHandler<AutoroutePartHandler>()
        .AddContentPart<ContactsPart>()
        .AddContentPart<LocalizationPart>()
        .AddSingleton<ContentDisplay>()
        .AddSearchFields<ContentsSearchFields>();

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapContentApi();
}
