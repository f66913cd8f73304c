using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class TenantRoutingTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Theory]
    [InlineData("/no-such-tenant/some-item")]
    [InlineData("/no-such-slug")]
    [InlineData("/mansikka/no-such-slug")]
    [InlineData("/mansikka/a/b/c")]
    [InlineData("/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_tenants_and_slugs_get_the_404_page(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Item_of_one_tenant_is_not_reachable_through_another()
    {
        var a = await host.CreateSiteAsync();
        var b = await host.CreateSiteAsync();
        var item = await host.AddPageAsync(a, "Vain A:lle", "<p>A</p>", publish: true);

        var own = await client.GetAsync($"/{a.Name}/api/content/{item.ContentItemId}");
        var otherById = await client.GetAsync($"/{b.Name}/api/content/{item.ContentItemId}");
        var otherBySlug = await client.GetAsync($"/{b.Name}/vain-a-lle");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherById.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherBySlug.StatusCode);
    }

    [Fact]
    public async Task Portal_only_feature_answers_404_on_a_tenant_that_has_not_enabled_it()
    {
        var onPortal = await client.GetAsync("/api/tenants");
        var onTenant = await client.GetAsync("/mansikka/api/tenants");

        Assert.Equal(HttpStatusCode.OK, onPortal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onTenant.StatusCode);
    }

    [Theory]
    [InlineData("/mansikka//elava-kainuu/admin", "/mansikka/elava-kainuu/admin")]
    [InlineData("/mansikka///hankkeet//?page=2", "/mansikka/hankkeet/?page=2")]
    public async Task A_path_with_empty_segments_is_sent_to_the_same_path_without_them(string path, string location)
    {
        var response = await host.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Another_sites_admin_behind_an_empty_segment_is_not_found()
    {
        var response = await client.GetAsync("/mansikka//elava-kainuu/admin");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Host_name_tenant_is_served_at_the_root_of_its_host()
    {
        var site = await host.CreateSiteAsync(t => t with { UrlPrefix = null, HostNames = [$"{t.Name}.example.fi"] });
        await host.AddPageAsync(site, "Isäntänimellä", "<p>Host</p>", publish: true);
        var request = new HttpRequestMessage(HttpMethod.Get, "/isantanimella");
        request.Headers.Host = $"{site.Name}.example.fi";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Isäntänimellä", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_tenant_answers_404_and_a_tenant_being_set_up_answers_503()
    {
        var disabled = await host.CreateSiteAsync();
        var initializing = await host.CreateSiteAsync();
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        await registry.UpdateAsync(disabled with { State = TenantState.Disabled });
        await registry.UpdateAsync(initializing with { State = TenantState.Initializing });

        var disabledResponse = await client.GetAsync($"/{disabled.Name}/");
        var initializingResponse = await client.GetAsync($"/{initializing.Name}/");

        Assert.Equal(HttpStatusCode.NotFound, disabledResponse.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, initializingResponse.StatusCode);
        Assert.NotNull(initializingResponse.Headers.RetryAfter);
    }

    [Fact]
    public async Task Setting_up_a_tenant_with_a_bad_name_is_refused_and_leaves_nothing()
    {
        var setup = host.Services.GetRequiredService<TenantSetup>();
        var recipe = RecipeFiles.Parse("""{ "name": "x", "steps": [] }""", "x.recipe.json");

        var error = await Assert.ThrowsAsync<TenantException>(() =>
            setup.CreateAsync(new Tenant { Name = "../escape", DisplayName = "Bad" }, recipe));

        Assert.Contains("not a valid tenant name", error.Message, StringComparison.Ordinal);
        Assert.Null(host.Services.GetRequiredService<TenantRegistry>().Find("../escape"));
        Assert.False(Directory.Exists(Path.Combine(host.DataPath, "escape")));
    }
}
