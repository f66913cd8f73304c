using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Tenancy;

public sealed class TenantResolutionMiddlewareTests(TestPortal portal) : IClassFixture<TestPortal>
{
    // Core's own PO files, as the app loads them from beside itself.
    private static readonly StringLocalizer<TenantResolutionMiddleware> Localizer =
        new(new PoStringLocalizerFactory(PoCatalogue.Load(Path.Combine(AppContext.BaseDirectory, "Localization"))));

    private TenantLinks Links => new(portal.Registry, Options.Create(new PortalOptions { BaseUrl = "https://portaali.fi" }));

    [Fact]
    public async Task A_host_name_of_no_site_and_not_the_portals_gets_400_and_reaches_no_tenant()
    {
        var context = Request("/");
        context.Request.Host = new HostString("evil.example");
        context.Response.Body = new MemoryStream();
        var reached = false;
        var middleware = new TenantResolutionMiddleware(_ => { reached = true; return Task.CompletedTask; }, portal.Registry, Links);

        await middleware.InvokeAsync(context, new TenantContext(), Localizer);

        context.Response.Body.Position = 0;
        Assert.False(reached);
        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Contains("<h1>Portaali ei vastaa tällä palvelinnimellä.</h1>", await new StreamReader(context.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefix_moves_into_path_base_for_the_rest_of_the_pipeline_and_back_afterwards()
    {
        var tenant = await AddAsync(TenantState.Running);
        var context = Request($"/{tenant.UrlPrefix}/uutiset/1");
        var tenantContext = new TenantContext();
        (PathString PathBase, PathString Path)? seen = null;
        var middleware = new TenantResolutionMiddleware(c => { seen = (c.Request.PathBase, c.Request.Path); return Task.CompletedTask; }, portal.Registry, Links);

        await middleware.InvokeAsync(context, tenantContext, Localizer);

        Assert.Equal((new PathString($"/{tenant.UrlPrefix}"), new PathString("/uutiset/1")), seen);
        Assert.Equal(tenant.Name, tenantContext.Tenant.Name);
        Assert.Equal(new PathString($"/{tenant.UrlPrefix}/uutiset/1"), context.Request.Path);
        Assert.Equal(PathString.Empty, context.Request.PathBase);
    }

    [Fact]
    public async Task Bare_prefix_becomes_the_tenant_root()
    {
        var tenant = await AddAsync(TenantState.Running);
        var context = Request($"/{tenant.UrlPrefix}");
        PathString? seen = null;
        var middleware = new TenantResolutionMiddleware(c => { seen = c.Request.Path; return Task.CompletedTask; }, portal.Registry, Links);

        await middleware.InvokeAsync(context, new TenantContext(), Localizer);

        Assert.Equal(new PathString("/"), seen);
    }

    [Theory]
    [InlineData(TenantState.Uninitialized)]
    [InlineData(TenantState.Initializing)]
    public async Task Tenant_being_set_up_answers_503_with_retry_after(TenantState state)
    {
        var tenant = await AddAsync(state);
        var context = Request($"/{tenant.UrlPrefix}/");
        var called = false;
        var middleware = new TenantResolutionMiddleware(_ => { called = true; return Task.CompletedTask; }, portal.Registry, Links);

        await middleware.InvokeAsync(context, new TenantContext(), Localizer);

        Assert.False(called);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
    }

    [Fact]
    public async Task Disabled_tenant_answers_404()
    {
        var tenant = await AddAsync(TenantState.Disabled);
        var context = Request($"/{tenant.UrlPrefix}/");
        var called = false;
        var middleware = new TenantResolutionMiddleware(_ => { called = true; return Task.CompletedTask; }, portal.Registry, Links);

        await middleware.InvokeAsync(context, new TenantContext(), Localizer);

        Assert.False(called);
        Assert.Equal(StatusCodes.Status404NotFound, context.Response.StatusCode);
    }

    [Fact]
    public async Task Portal_without_a_default_tenant_answers_503_for_other_paths()
    {
        var context = Request("/ei-kenenkaan");
        var called = false;
        var middleware = new TenantResolutionMiddleware(_ => { called = true; return Task.CompletedTask; }, portal.Registry, Links);

        await middleware.InvokeAsync(context, new TenantContext(), Localizer);

        Assert.False(called);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("/", "Sivusto ei ole käytettävissä.", "fi")]
    [InlineData("/sv/tapahtumat", "Webbplatsen är inte tillgänglig.", "sv")]
    [InlineData("/en", "This site is not available.", "en")]
    public async Task Refusal_is_a_page_in_the_language_of_the_path_after_the_prefix(string rest, string text, string language)
    {
        var tenant = await AddAsync(TenantState.Disabled);
        var context = Request($"/{tenant.UrlPrefix}{rest}");
        context.Response.Body = new MemoryStream();
        var middleware = new TenantResolutionMiddleware(_ => Task.CompletedTask, portal.Registry, Links);

        await middleware.InvokeAsync(context, new TenantContext(), Localizer);

        context.Response.Body.Position = 0;
        Assert.Contains($"<h1>{text}</h1>", await new StreamReader(context.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);
        Assert.Equal(language, context.Response.Headers.ContentLanguage.ToString());
    }

    private Task<Tenant> AddAsync(TenantState state)
    {
        var tenant = TestPortal.NewTenant();
        return portal.Registry.AddAsync(tenant with { State = state });
    }

    private static DefaultHttpContext Request(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("portaali.fi");
        context.Request.Path = path;
        return context;
    }
}
