using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Security;

/// <summary>
/// Every admin, API and preview route, found in the app's endpoint data source so that a route added later is covered
/// too, requested by a user of another tenant with every cookie trick: the credentials must grant nothing there.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenantIsolationTests(PortalHost host)
{
    [Fact]
    public void Route_list_covers_the_admin_and_api_routes_of_every_module()
    {
        var routes = GuardedRoutes().Select(r => r.RawText!.TrimStart('/')).ToList();

        Assert.Contains("admin", routes);
        Assert.Contains("admin/kayttajat/{id}", routes);
        Assert.Contains("admin/auditointi", routes);
        Assert.Contains("api/content/{contentItemId}", routes);
        Assert.Contains("admin/palvelutarpeet/{id:int}", routes);
        Assert.Contains("admin/media/{id:int}", routes);
    }

    [Fact]
    public async Task User_of_a_prefix_tenant_gets_nothing_from_another_prefix_tenant_with_their_cookie_or_its_replay()
    {
        var a = await IsolatedSite.CreateAsync(host);
        var b = await IsolatedSite.CreateAsync(host);
        var (signedIn, cookie) = await a.LogInAsync();

        var failures = await ProbeAsync(b, [a, b], [
            ("A's own client", signedIn, null),
            ("A's cookie renamed for B", b.NewClient(), $"{b.AuthCookie}={cookie}; {a.AuthCookie}={cookie}"),
        ]);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Prefix_tenant_and_host_name_tenant_do_not_accept_each_others_cookies()
    {
        var a = await IsolatedSite.CreateAsync(host);
        var h = await IsolatedSite.CreateAsync(host, byHostName: true);
        var (_, aCookie) = await a.LogInAsync();
        var (_, hCookie) = await h.LogInAsync();

        var onHost = await ProbeAsync(h, [a, h], [("A's cookie on the host tenant", h.NewClient(), $"{h.AuthCookie}={aCookie}; {a.AuthCookie}={aCookie}")]);
        var onPrefix = await ProbeAsync(a, [a, h], [("H's cookie on the prefix tenant", a.NewClient(), $"{a.AuthCookie}={hCookie}; {h.AuthCookie}={hCookie}")]);

        Assert.True(onHost.Count + onPrefix.Count == 0, string.Join(Environment.NewLine, onHost.Concat(onPrefix)));
    }

    [Fact]
    public async Task Content_of_another_tenant_is_not_found_by_its_id_in_ones_own_tenant()
    {
        var a = await IsolatedSite.CreateAsync(host);
        var b = await IsolatedSite.CreateAsync(host);
        var (signedIn, _) = await a.LogInAsync();
        var failures = new List<string>();

        foreach (var url in Urls(a, b.DraftId))
        {
            var response = await signedIn.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || response.IsSuccessStatusCode && url.Contains(b.DraftId, StringComparison.Ordinal)
                || body.Contains(b.DraftTitle, StringComparison.Ordinal))
            {
                failures.Add($"GET {url}: {(int)response.StatusCode} shows tenant B's item");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Requests every guarded route of <paramref name="target"/>, ids filled from each site, as each visitor and anonymously.</summary>
    private async Task<List<string>> ProbeAsync(IsolatedSite target, IsolatedSite[] idSources,
        (string Who, HttpClient Client, string? Cookie)[] visitors)
    {
        var anonymous = target.NewClient();
        var failures = new List<string>();
        foreach (var url in idSources.SelectMany(s => Urls(target, s.DraftId)).Distinct())
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var expected = await SendAsync(anonymous, method, url, null);
                foreach (var (who, client, cookie) in visitors)
                {
                    var response = await SendAsync(client, method, url, cookie);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != expected.StatusCode || (int)response.StatusCode >= 500
                        || idSources.Any(s => body.Contains(s.DraftTitle, StringComparison.Ordinal))
                        || (url.Contains("/admin", StringComparison.Ordinal) && response.IsSuccessStatusCode))
                    {
                        failures.Add($"{who}: {method} {url} answered {(int)response.StatusCode}, anonymous {(int)expected.StatusCode}");
                    }
                }
            }
        }
        return failures;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? cookie)
    {
        var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([new("Roles", "Administrator"), new("Permissions", "ManageUsers")]);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return await client.SendAsync(request);
    }

    private IEnumerable<string> Urls(IsolatedSite site, string contentItemId) =>
        GuardedRoutes().SelectMany(route => Fill(route, contentItemId)).Select(path => site.Url(path.TrimStart('/')));

    /// <summary>Each route's parameters filled in: ids with the content item's id, other parameters with a type and a role name.</summary>
    private static IEnumerable<string> Fill(RoutePattern route, string contentItemId) =>
        new[] { "Page", "Administrator" }.Select(other => "/" + string.Join("/", route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter when parameter.Name.Contains("id", StringComparison.OrdinalIgnoreCase) => contentItemId,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content?.StartsWith("int", StringComparison.Ordinal) == true) => "1",
            RoutePatternParameterPart => other,
            _ => "",
        })))));

    private IEnumerable<RoutePattern> GuardedRoutes() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern)
            .Where(p => p.RawText is { } raw && (raw.TrimStart('/').StartsWith("admin", StringComparison.Ordinal)
                || raw.TrimStart('/').StartsWith("api", StringComparison.Ordinal) || raw.Contains("preview", StringComparison.OrdinalIgnoreCase)
                || raw.Contains("esikatselu", StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(p => p.RawText);
}
