using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Testing;
using Verkostoportaali.Web;

namespace Verkostoportaali.Integration.Tests;

public sealed class TenantTranslationsTests(TestPortal portal) : IClassFixture<TestPortal>
{
    private static readonly PoCatalogue Modules = new([("Verkostoportaali.Integration.Tests", "fi", PoReader.Parse("msgid \"Front page\"\nmsgstr \"Etusivu\"\n\nmsgid \"Events\"\nmsgstr \"Tapahtumat\"", "fi.po"))]);

    private readonly LogCapture log = new(LogLevel.Error);
    private readonly HttpContextAccessor http = new();

    [Fact]
    public void Tenant_po_file_overrides_a_string_for_that_tenant_only()
    {
        var (own, other) = (TestPortal.NewTenant(), TestPortal.NewTenant());
        Write(own, "fi.po", "msgid \"Front page\"\nmsgstr \"Kotisivu\"\n");
        var translations = Translations();

        Assert.Equal("Kotisivu", Translate(translations, own, "Front page"));
        Assert.Equal("Tapahtumat", Translate(translations, own, "Events"));
        Assert.Equal("Etusivu", Translate(translations, other, "Front page"));
    }

    [Fact]
    public void Malformed_tenant_file_is_logged_with_its_file_and_line_and_left_out_while_the_site_keeps_working()
    {
        var tenant = TestPortal.NewTenant();
        var broken = Write(tenant, "fi.po", "msgid \"Front page\"\nmsgstr \"Kotisivu\"\n\nmsgid \"Events\"\nmsgstr \"Tapahtumat\n");
        Write(tenant, "sv.po", "msgid \"Front page\"\nmsgstr \"Hem\"\n");
        var translations = Translations();

        Assert.Equal("Etusivu", Translate(translations, tenant, "Front page"));
        Assert.Equal("Hem", Translate(translations, tenant, "Front page", "sv"));
        var error = Assert.Single(log.Messages);
        Assert.Contains($"{broken}, line 5", error, StringComparison.Ordinal);
        Assert.Contains(tenant.Name, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tenant_files_are_read_once_and_kept()
    {
        var tenant = TestPortal.NewTenant();
        var path = Write(tenant, "fi.po", "msgid \"Front page\"\nmsgstr \"Kotisivu\"\n");
        var translations = Translations();
        _ = Translate(translations, tenant, "Front page");

        File.WriteAllText(path, "msgid \"Front page\"\nmsgstr \"Muuttunut\"\n");

        Assert.Equal("Kotisivu", Translate(translations, tenant, "Front page"));
    }

    [Fact]
    public void Outside_a_request_the_modules_strings_serve()
    {
        var factory = new PoStringLocalizerFactory(Modules, Translations());

        Assert.Equal("Etusivu", UiLanguage.In("fi", () => factory.Create(typeof(TenantTranslationsTests))["Front page"].Value));
    }

    private string Write(Tenant tenant, string file, string po)
    {
        var folder = Path.Combine(portal.Paths.SiteFolder(tenant.Name), "Localization");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, po);
        return path;
    }

    private string Translate(TenantTranslations translations, Tenant tenant, string id, string culture = "fi")
    {
        var request = new DefaultHttpContext();
        request.Features.Set(tenant);
        http.HttpContext = request;
        var factory = new PoStringLocalizerFactory(Modules, translations);
        return UiLanguage.In(culture, () => factory.Create(typeof(TenantTranslationsTests))[id].Value);
    }

    private TenantTranslations Translations() =>
        new(portal.Paths, portal.Registry, http, portal.Services.GetRequiredService<IHostApplicationLifetime>(), Logger());

    private ILogger<TenantTranslations> Logger() => new Logger<TenantTranslations>(new LoggerFactory([log]));
}
