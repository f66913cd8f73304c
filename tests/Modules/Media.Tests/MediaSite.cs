using Microsoft.AspNetCore.Mvc.Testing;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Media.Uploads;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests;

/// <summary>A tenant of its own (with the default features, Media among them, and the types with images) and its media settings.</summary>
internal sealed class MediaSite(PortalHost host, Tenant tenant)
{
    public Tenant Tenant => tenant;

    public static async Task<MediaSite> CreateAsync(PortalHost host, string mediaSettings = "{}") =>
        new(host, await host.CreateSiteAsync($$"""
            { "name": "media-test", "steps": [
                { "name": "Features", "enable": ["Projects", "Articles", "Events", "Providers", "Networks"] },
                { "name": "Settings", "sections": { "MediaSettings": {{mediaSettings}} } } ] }
            """));

    public string Url(string path) => $"/{tenant.Name}/{path}";

    /// <summary>Uploads as a Finnish-speaking editor would, so that a refusal reads in Finnish.</summary>
    public Task<MediaUploadResult> UploadAsync(string fileName, byte[] content, string? altFi = "Kylätalon piha kesällä") =>
        UiLanguage.In("fi", () => host.InTenantAsync<MediaUpload, MediaUploadResult>(tenant, upload =>
            upload.UploadAsync(new MediaUploadInput(fileName, content, altFi, null, null), "testaaja")));

    /// <summary>Sets the site's logo and header image as the look's page would.</summary>
    public Task SaveThemeAsync(int? logo, int? header) =>
        host.InTenantAsync<SiteSettingsStore, bool>(tenant, async settings =>
        {
            var theme = await settings.GetAsync<ThemeSettings>();
            await settings.SaveAsync(theme with { LogoMediaId = logo, HeaderMediaId = header });
            return true;
        });

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<byte[]> FetchAsync(string fileName) =>
        await NewClient().GetByteArrayAsync(Url("media/" + fileName));
}
