using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Contents.Api;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Contents.Import;
using Verkostoportaali.Contents.RichText;
using Verkostoportaali.Contents.Search;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Contents;

/// <summary>The parts every type is made of (title, body, route), public item pages, the content JSON API and the content admin.</summary>
public sealed class ContentsModule() : Module(id: "Contents", name: "Contents")
{
    public override IEnumerable<Type> Needs() => [typeof(ITermFieldVocabularies), typeof(IMediaImages), typeof(IPortalContent)];

    public static readonly Permission ManageContentTypes = new("ManageContentTypes", "Add fields to content types");

    public override void ConfigureServices(IServiceCollection services) => services
        .AddContentPart<TitlePart>().AddContentHandler<TitlePartHandler>()
        .AddContentPart<BodyPart>().AddContentHandler<BodyPartHandler>()
        .AddContentPart<AutoroutePart>().AddContentHandler<AutoroutePartHandler>()
        .AddContentPart<ContactsPart>()
        .AddContentPart<LocalizationPart>()
        .AddSingleton<ContentDisplay>()
        .AddSummaryCache()
        .AddSingleton<KeptDisplay>()
        .AddPublishedVersions()
        .AddSingleton<ContentEditor>()
        .AddSingleton<PartFormBinder>()
        .AddScoped<ContentForm>()
        .AddScoped<ItemSummary>()
        .AddScoped<ItemJson>()
        .AddScoped<ImportPublishing>()
        .AddScoped<ContentAccess>()
        .AddScoped<ContentList>()
        .AddScoped<ContentChoices>()
        .AddSearchFields<ContentsSearchFields>()
        .AddSearchFields<FieldsSearchFields>()
        .AddSearchFields<ContactsSearchFields>()
        .AddTenantModel<NewestPublishedIndexes>()
        .AddScoped<SiteContentTypes>();

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapContentApi();

    public override IEnumerable<MigrationStep> Migrations() =>
    [
        MigrationStep.DataStep(1, "Bodies cleaned by the allow-list", StoredBodies.SanitizeAgainAsync),
        MigrationStep.DataStep(2, "Dashes lost by the register repaired", StoredBrokenDashes.RepairAsync),
        NewestPublishedIndexes.Step(3),
    ];

    public override IEnumerable<Permission> Permissions() => [ManageContentTypes];

    // Every role with admin access may open the list: it shows only the types and items the user's permissions allow.
    public override IEnumerable<NavigationLink> AdminNavigation() =>
    [
        new("Content", "/admin/sisalto", 10, CorePermissions.AccessAdmin),
        new("Content types", "/admin/sisaltotyypit", 90, ManageContentTypes),
    ];
}
