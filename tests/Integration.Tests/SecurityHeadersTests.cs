using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>The security headers on every kind of answer of the demo portal, over HTTP as a browser gets them.</summary>
[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalHost host)
{
    private const string MansikkaProject = "/mansikka/osallisuudella-uusia-palveluratkaisuja-ja-hyvinvointia-pohjois-savoon";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/mansikka/", HttpStatusCode.OK)]
    [InlineData("/mansikka/sv/", HttpStatusCode.OK)]
    [InlineData(MansikkaProject, HttpStatusCode.OK)]
    [InlineData("/mansikka/login", HttpStatusCode.OK)]
    [InlineData("/mansikka/admin", HttpStatusCode.Redirect)]
    [InlineData("/mansikka/api/content?type=Project", HttpStatusCode.OK)]
    [InlineData("/elava-kainuu/events.ics", HttpStatusCode.OK)]
    [InlineData("/mansikka/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/.well-known/security.txt", HttpStatusCode.OK)]
    [InlineData("/mansikka/_content/Verkostoportaali.Contents/rich-text.js", HttpStatusCode.OK)]
    public async Task Every_kind_of_answer_carries_the_security_headers(string path, HttpStatusCode status)
    {
        var response = await NewClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/mansikka/admin")]
    [InlineData("/mansikka/admin/sisalto")]
    [InlineData("/admin/sivustot")]
    public async Task Admin_pages_of_a_signed_in_user_carry_the_security_headers(string path)
    {
        var tenant = path.StartsWith("/mansikka/", StringComparison.Ordinal) ? "mansikka" : TenantName.Default;
        var client = await host.SignedInAsync(tenant);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_failed_page_over_https_carries_the_security_headers_and_hsts()
    {
        var site = await host.CreateSiteAsync();
        await ErrorPageTests.AddBrokenPageAsync(host, site, "Rikki");

        var response = await NewClient($"https://{PortalHost.PublicHostName}/").GetAsync($"/{site.Name}/rikki");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_disabled_sites_refusal_carries_the_security_headers()
    {
        var site = await host.CreateSiteAsync();
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        await registry.UpdateAsync(registry.Find(site.Name)! with { State = TenantState.Disabled });

        var response = await NewClient().GetAsync($"/{site.Name}/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_only_and_never_to_localhost()
    {
        var https = await NewClient($"https://{PortalHost.PublicHostName}/").GetAsync("/mansikka/");
        var http = await NewClient($"http://{PortalHost.PublicHostName}/").GetAsync("/mansikka/");
        var localhost = await NewClient("https://localhost/").GetAsync("/mansikka/");

        Assert.Equal("max-age=31536000", Header(https, "Strict-Transport-Security"));
        Assert.Null(Header(http, "Strict-Transport-Security"));
        Assert.Null(Header(localhost, "Strict-Transport-Security"));
    }

    private HttpClient NewClient(string baseAddress = "http://localhost/") =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    /// <summary>Asserts the headers every answer has, and a policy that allows only the site's own scripts.</summary>
    internal static void AssertSecurityHeaders(HttpResponseMessage response, string frameAncestors = "'none'")
    {
        var policy = Directives(response);
        Assert.Equal("'self'", policy.GetValueOrDefault("default-src"));
        Assert.Equal("'self'", policy.GetValueOrDefault("script-src"));
        Assert.Equal("'none'", policy.GetValueOrDefault("object-src"));
        Assert.Equal("'self'", policy.GetValueOrDefault("base-uri"));
        Assert.Equal("'self'", policy.GetValueOrDefault("form-action"));
        Assert.Equal(frameAncestors, policy.GetValueOrDefault("frame-ancestors"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.All(["camera=()", "microphone=()", "geolocation=()", "payment=()"],
            feature => Assert.Contains(feature, Header(response, "Permissions-Policy") ?? "", StringComparison.Ordinal));
    }

    internal static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        (Header(response, "Content-Security-Policy") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.ElementAtOrDefault(1) ?? "");

    // One value: a header sent twice (say by a page and again by the cache) would show as two.
    internal static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}

/// <summary>A portal whose public pages may be framed by one other site, as for an embedded widget.</summary>
public sealed class EmbeddablePortal() : CachePortal(new Dictionary<string, string>
{
    ["Portal:Security:FrameAncestors:0"] = "'self'",
    ["Portal:Security:FrameAncestors:1"] = "https://kunta.example",
});

public sealed class FrameAncestorsTests(EmbeddablePortal portal) : IClassFixture<EmbeddablePortal>
{
    private const string Allowed = "'self' https://kunta.example";

    private readonly PortalHost host = portal.Host;

    [Fact]
    public async Task Configured_sites_may_frame_public_pages_but_never_the_login_or_the_admin()
    {
        var site = await host.CreateSiteAsync();
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var home = await client.GetAsync($"/{site.Name}/");
        var swedish = await client.GetAsync($"/{site.Name}/sv/");
        var login = await client.GetAsync($"/{site.Name}/sv/login");
        var admin = await client.GetAsync($"/{site.Name}/admin");
        var portalAdmin = await client.GetAsync("/ADMIN/sivustot");

        SecurityHeadersTests.AssertSecurityHeaders(home, Allowed);
        SecurityHeadersTests.AssertSecurityHeaders(swedish, Allowed);
        SecurityHeadersTests.AssertSecurityHeaders(login);
        SecurityHeadersTests.AssertSecurityHeaders(admin);
        SecurityHeadersTests.AssertSecurityHeaders(portalAdmin);
    }

    [Fact]
    public async Task A_page_answered_from_the_output_cache_carries_the_security_headers_once()
    {
        var site = await host.CreateSiteAsync();
        await host.AddPageAsync(site, "Kyläkoulu", "<p>Koulu</p>", publish: true);
        // Indexing the page changes the site's pages (its search page shows it): waited for, so the key stays the same.
        await host.Services.GetRequiredService<IndexBuilder>().EnsureAsync(site, CancellationToken.None);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{PortalHost.PublicHostName}/") });
        await client.GetAsync($"/{site.Name}/kylakoulu");

        var cached = await client.GetAsync($"/{site.Name}/kylakoulu");

        Assert.NotNull(cached.Headers.Age);
        SecurityHeadersTests.AssertSecurityHeaders(cached, Allowed);
        Assert.Equal("max-age=31536000", SecurityHeadersTests.Header(cached, "Strict-Transport-Security"));
    }
}
