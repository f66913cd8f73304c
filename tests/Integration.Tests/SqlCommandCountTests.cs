using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Projects;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// A public page's cost must not grow with its site's content beyond its own page of results: the number of SQL
/// commands each main public page runs is counted in a site with the demo's few items of every type, with 25 and with
/// 125, and must be the same, and no more than the page ran when this was last tightened. A page that runs none must
/// not lease a database context either: renting and returning one was a fortieth of a page's time.
/// </summary>
public sealed class SqlCommandCountTests(SqlCountPortal portal) : IClassFixture<SqlCountPortal>, IDisposable
{
    private const string SiteRecipe = """
        { "name": "sql-count", "steps": [ { "name": "Recipes", "run": [
            "green-care-network", "demo-green-care-keski-suomi-providers", "demo-mansikka-projects", "demo-majakka-projects",
            "demo-elava-kainuu-networks", "demo-elava-kainuu-events", "demo-elava-kainuu-articles" ] } ] }
        """;

    private static readonly string[] Types = ["Project", "Event", "Provider", "Network", "Article"];

    // What each page runs with the site's data unchanged since its last request (lists read their rows, choices and
    // terms once for each version of the data). Lower a number when a page needs fewer; never raise one to pass.
    private static readonly Dictionary<string, int> MostCommands = new()
    {
        ["/"] = 0, ["/hankkeet"] = 0, ["/hankkeet?page=2"] = 0, ["/hankkeet?status=ended&year=2021"] = 0, ["project"] = 0,
        ["/toimijat"] = 0, ["/toimijat?mark=LuontoHoiva"] = 0, ["/tapahtumat"] = 0, ["/tapahtumat/kuukausi/2021/1"] = 0,
        ["/verkostot"] = 0, ["/artikkelit"] = 0, ["/search?q=hanke"] = 0, ["/api/content?type=Project"] = 0,
        ["/api/content?type=Event&page=2"] = 0, ["/events.ics"] = 0,
    };

    // Counted as the first request of each round, when the site's data has just changed.
    private const string FirstAfterChange = "first request after a change";

    private readonly SqlCommandCounter counter = new();
    private readonly Dictionary<string, int> leases = [];

    [Fact]
    public async Task No_main_public_page_runs_more_sql_commands_when_its_site_has_more_content()
    {
        var site = await portal.Host.CreateSiteAsync(SiteRecipe);
        await IndexedAsync(site);
        var project = await FirstSlugAsync(site, "Project");
        string[] pages =
        [
            "/", "/hankkeet", "/hankkeet?page=2", "/hankkeet?status=ended&year=2021", $"/{project}",
            "/toimijat", "/toimijat?mark=LuontoHoiva", "/tapahtumat", "/tapahtumat/kuukausi/2021/1", "/verkostot",
            "/artikkelit", "/search?q=hanke", "/api/content?type=Project", "/api/content?type=Event&page=2", "/events.ics",
        ];

        // The demo's few items (lists of one page), then 25 of each type (every list has a second page), then 125.
        var few = await CountAsync(site, pages.Where(p => !p.Contains("page=2", StringComparison.Ordinal)), "few");
        await AddCopiesAsync(site, 1, 25);
        var some = await CountAsync(site, pages, "some");
        await AddCopiesAsync(site, 26, 125);
        var many = await CountAsync(site, pages, "many");
        int Most(string page) => MostCommands[page == $"/{project}" ? "project" : page];

        // Each page is counted: the first after a change reads the site's data (later ones find it kept, and run none).
        Assert.All([few, some, many], round => Assert.True(round[FirstAfterChange] > 0, $"{FirstAfterChange}: {round[FirstAfterChange]}"));
        var table = "SQL commands per page with few / 25 / 125 items of each type:\n"
            + string.Join("\n", pages.Select(p => $"{p}: {(few.TryGetValue(p, out var n) ? n : "–")} / {some[p]} / {many[p]}"));
        Assert.True(pages.All(p => many[p] <= Most(p)), "More than MostCommands allows. " + table);
        Assert.True(pages.All(p => (!few.TryGetValue(p, out var n) || n == many[p]) && some[p] == many[p]), table);
        var leased = pages.Where(p => many[p] == 0 && leases[p] > 0).ToList();
        Assert.True(leased.Count == 0, "Leased a database context, and ran no command: " + string.Join(", ", leased));
    }

    private async Task<Dictionary<string, int>> CountAsync(Tenant site, IEnumerable<string> pages, string round)
    {
        var client = portal.Host.CreateClient();
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            // Each address is asked once before it is counted, and with a query value of its own: never from the cache.
            var url = $"/{site.Name}{page}{(page.Contains('?') ? '&' : '?')}_={round}";
            var warm = new HttpRequestMessage(HttpMethod.Get, url + "-warm");
            var warmId = Guid.NewGuid().ToString("N");
            warm.Headers.Add(SqlCommandCounter.Header, warmId);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(warm)).StatusCode);
            counts.TryAdd(FirstAfterChange, counter.Of(warmId));
            var id = Guid.NewGuid().ToString("N");
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(SqlCommandCounter.Header, id);
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.Null(response.Headers.Age);
            counts[page] = counter.Of(id);
            leases[page] = LeaseCountingFactory.Of(id);
        }
        return counts;
    }

    private async Task<string> FirstSlugAsync(Tenant site, string type)
    {
        await using var scope = portal.Host.Services.GetRequiredService<TenantScopes>().Create(site);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        return (await db.ContentItems.AsNoTracking().Where(i => i.ContentType == type && i.Published).OrderBy(i => i.Id).FirstAsync()).Slug!;
    }

    // Round by round over the types, so that the newest items, which the site's home lists, are of every type.
    private async Task AddCopiesAsync(Tenant site, int first, int last)
    {
        await using var scope = portal.Host.Services.GetRequiredService<TenantScopes>().Create(site);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var sources = new List<ContentItem>();
        foreach (var type in Types)
        {
            sources.Add(await db.ContentItems.AsNoTracking().Where(i => i.ContentType == type && i.Published).OrderBy(i => i.Id).FirstAsync());
        }
        for (var i = first; i <= last; i++)
        {
            foreach (var source in sources)
            {
                var copy = (await content.NewAsync(source.ContentType)).CopyPartsFrom(source)
                    .Apply(new TitlePart($"{source.DisplayText} {i}")).Apply(new AutoroutePart($"{source.Slug}-kopio-{i}"));
                if (copy.Get<RegisterCardPart>() is { } card)
                {
                    // A project number is the register's id, one per site.
                    copy.Apply(card with { ProjectNumber = $"{990000 + i}" });
                }
                await content.CreateAsync(copy, publish: true);
            }
        }
        await IndexedAsync(site);
    }

    // Indexed now, not while pages are counted: the search page finds what is there, and the index's change does not
    // make the site's cached answers new between a page's two requests.
    private Task IndexedAsync(Tenant site) =>
        portal.Host.Services.GetRequiredService<IndexBuilder>().EnsureAsync(site, CancellationToken.None);

    public void Dispose() => counter.Dispose();
}

/// <summary>The search page's own result cache is off here: with it, whether a search reads the database depends on when indexes last changed.</summary>
public sealed class SqlCountPortal() : CachePortal(new Dictionary<string, string> { ["Portal:Search:ResultCacheEntries"] = "0" },
    LeaseCountingFactory.Decorate);

/// <summary>Counts the tenant database contexts leased for each request that carries <see cref="SqlCommandCounter.Header"/>.</summary>
internal sealed class LeaseCountingFactory(IDbContextFactory<TenantDbContext> pool) : IDbContextFactory<TenantDbContext>
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();
    private static readonly HttpContextAccessor Http = new();

    public static int Of(string id) => Counts.GetValueOrDefault(id);

    /// <summary>Puts the counter in front of the portal's own pool of contexts.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var pooled = services.Last(d => d.ServiceType == typeof(IDbContextFactory<TenantDbContext>));
        services.Remove(pooled);
        services.AddSingleton<IDbContextFactory<TenantDbContext>>(provider => new LeaseCountingFactory((IDbContextFactory<TenantDbContext>)(
            pooled.ImplementationFactory?.Invoke(provider) ?? ActivatorUtilities.CreateInstance(provider, pooled.ImplementationType!))));
    }

    public TenantDbContext CreateDbContext()
    {
        if (Http.HttpContext?.Request.Headers[SqlCommandCounter.Header] is { Count: > 0 } id)
        {
            Counts.AddOrUpdate(id.ToString(), 1, (_, count) => count + 1);
        }
        return pool.CreateDbContext();
    }
}

/// <summary>Counts the SQL commands EF Core runs for each request that carries <see cref="Header"/>, from its diagnostic events.</summary>
internal sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public const string Header = "X-Count-Sql";

    private readonly ConcurrentDictionary<string, int> counts = new();
    private readonly HttpContextAccessor http = new();
    private readonly List<IDisposable> subscriptions = [];

    public SqlCommandCounter() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public int Of(string id) => counts.GetValueOrDefault(id);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name
            && http.HttpContext?.Request.Headers[Header] is { Count: > 0 } id)
        {
            counts.AddOrUpdate(id.ToString(), 1, (_, count) => count + 1);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
