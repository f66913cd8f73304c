using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Media.Storage;
using Verkostoportaali.Media.Uploads;

namespace Verkostoportaali.Media;

/// <summary>Each site's media library: uploaded images (resized, served with <c>srcset</c>) and PDF documents.</summary>
public sealed class MediaModule() : Module(id: Feature, name: "Media", dependsOn: ["Users"])
{
    public const string Feature = "Media";
    public const string AdminPath = "/admin/media";

    public static readonly Permission ManageMedia = new("ManageMedia", "Upload files to the media library and edit their alt texts");

    public override IEnumerable<MigrationStep> Migrations() => MediaMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services) => services
        .AddSiteSettings<MediaSettings>()
        .AddTenantModel<MediaFileTable>()
        .AddSingleton<IMediaStore, FileSystemMediaStore>()
        .AddScoped<MediaUpload>()
        .AddScoped<MediaLibrary>();

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapMediaFiles();

    public override IEnumerable<NavigationLink> AdminNavigation() => [new("Media library", AdminPath, 30, ManageMedia)];

    public override IEnumerable<Permission> Permissions() => [ManageMedia];

    public override IEnumerable<RoleDefaults> DefaultRoles() =>
        [new(PortalRoles.Editor, ManageMedia), new(PortalRoles.Author, ManageMedia)];
}
