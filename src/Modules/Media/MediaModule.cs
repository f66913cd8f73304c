using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Data;
using Verkostoportaali.Media.Storage;
using Verkostoportaali.Media.Uploads;

namespace Verkostoportaali.Media;

/// <summary>Each site's media library (images resized and served with <c>srcset</c>, PDF documents) and its look, logo included.</summary>
public sealed class MediaModule() : Module(id: Feature, name: "Media", dependsOn: ["Users"])
{
    // Before any image is opened in the process, tests' own too: libvips reads VIPS_MAX_THREADS once, at its start.
    static MediaModule() => VipsThreads.UseFixedSet();

    public const string Feature = "Media";
    public const string AdminPath = "/admin/media";

    public const string ThemePath = "/admin/ulkoasu";

    public static readonly Permission ManageMedia = new("ManageMedia", "Upload files to the media library and edit their alt texts");
    public static readonly Permission ManageTheme = new("ManageTheme", "Edit the site's look: logo, colour, front page intro and footer");

    public override IEnumerable<Type> Provides() => [typeof(IMediaImages)];

    public override IEnumerable<MigrationStep> Migrations() => MediaMigrations.Steps;

    public override void ConfigureServices(IServiceCollection services) => services
        .AddSiteSettings<MediaSettings>()
        .AddTenantModel<MediaFileTable>()
        .AddSingleton<IMediaStore, FileSystemMediaStore>()
        .AddScoped<MediaUpload>()
        .AddScoped<MediaLibrary>()
        .AddScoped<IMediaImages>(services => services.GetRequiredService<MediaLibrary>());

    public override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapMediaFiles();

    public override IEnumerable<NavigationLink> AdminNavigation() =>
        [new("Media library", AdminPath, 30, ManageMedia), new("Site's look", ThemePath, 85, ManageTheme)];

    public override IEnumerable<Permission> Permissions() => [ManageMedia, ManageTheme];

    public override IEnumerable<RoleDefaults> DefaultRoles() =>
        [new(PortalRoles.Editor, ManageMedia), new(PortalRoles.Author, ManageMedia)];
}
