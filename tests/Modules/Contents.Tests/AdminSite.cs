using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests;

/// <summary>A tenant of its own with the Event type and a Page type, its users, and a browser-like way to fill in its admin forms.</summary>
internal sealed class AdminSite(PortalHost host, Tenant tenant)
{
    public Tenant Tenant => tenant;

    public static async Task<AdminSite> CreateAsync(PortalHost host) =>
        new(host, await host.CreateSiteAsync("""
            { "name": "content-admin-test", "steps": [
                { "name": "Features", "enable": ["Events"] },
                { "name": "ContentDefinition", "types": [
                    { "name": "Page", "label": { "fi": "Sivu", "sv": "Sida", "en": "Page" },
                      "parts": ["TitlePart", "BodyPart", "AutoroutePart"] } ] } ] }
            """));

    /// <summary>The same helpers on an existing tenant, e.g. a demo tenant.</summary>
    public static AdminSite Of(PortalHost host, Tenant tenant) => new(host, tenant);

    public string Url(string path) => $"/{tenant.Name}/{path}";

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task AddUserAsync(string userName, params string[] roles) => TenantUsers.AddAsync(host.Services, tenant, userName, roles);

    /// <summary>A new user with the role, and a client signed in as them.</summary>
    public async Task<HttpClient> UserAsync(string userName, string role)
    {
        await AddUserAsync(userName, role);
        var client = NewClient();
        var page = await PageAsync(client, "login");
        var response = await client.PostAsync(Url("login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = TenantUsers.Password,
            ["__RequestVerificationToken"] = Token(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<IDocument> PageAsync(HttpClient client, string path) => await HtmlPages.GetPageAsync(client, Url(path));

    /// <summary>
    /// Opens the page and submits its form as a browser would: the form's current values, changed by <paramref name="changes"/>,
    /// sent by the button whose formaction names <paramref name="handler"/> (or to the form's action).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string handler, IDictionary<string, string>? changes = null) =>
        await PostFormAsync(client, await PageAsync(client, path), handler, changes);

    /// <summary>Submits a form of a page opened earlier, as a browser tab left open would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(HttpClient client, IDocument page, string handler, IDictionary<string, string>? changes = null)
    {
        var button = page.QuerySelectorAll("button[formaction]").FirstOrDefault(b => b.GetAttribute("formaction")!.Contains($"handler={handler}", StringComparison.Ordinal));
        var form = button?.Closest("form") ?? page.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.Ordinal));
        var values = FormValues(form);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(KeyValuePair.Create(name, value));
        }
        return await client.PostAsync(button?.GetAttribute("formaction") ?? form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    public static string Token(IDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public Task<List<ContentItem>> HistoryAsync(string contentItemId) =>
        host.InTenantAsync<ContentManager, List<ContentItem>>(tenant, content => content.HistoryAsync(contentItemId));

    public Task<List<ContentItem>> LatestAsync(string contentType) =>
        host.InTenantAsync<ContentManager, List<ContentItem>>(tenant, content =>
            content.Query(contentType, VersionOptions.Latest).ToListAsync());

    /// <summary>Overwrites the JSON of every version of the item, as older code might have stored it.</summary>
    public Task StoreAsync(string contentItemId, string json) =>
        host.InTenantAsync<TenantDbContext, int>(tenant, db =>
            db.Database.ExecuteSqlAsync($"UPDATE ContentItems SET Data = {json} WHERE ContentItemId = {contentItemId}"));

    /// <summary>The JSON the item's latest version is stored with.</summary>
    public Task<string> StoredAsync(string contentItemId) =>
        host.InTenantAsync<TenantDbContext, string>(tenant, db =>
            db.Database.SqlQuery<string>($"SELECT Data AS Value FROM ContentItems WHERE ContentItemId = {contentItemId} AND Latest = 1").SingleAsync());

    /// <summary>Adds a Page owned by <paramref name="owner"/>, published or as a draft, in Finnish unless told otherwise.</summary>
    public Task<ContentItem> AddPageAsync(string title, string owner, bool publish = false, string culture = "fi") =>
        host.InTenantAsync<ContentManager, ContentItem>(tenant, async content =>
        {
            var page = await content.NewAsync("Page");
            page.Apply(new TitlePart(title)).Apply(new BodyPart("<p>Teksti</p>")).Apply(new AutoroutePart());
            (page.Owner, page.Author, page.Culture) = (owner, owner, culture);
            await content.CreateAsync(page, publish);
            return page;
        });

    private static List<KeyValuePair<string, string>> FormValues(IElement form) =>
    [
        .. form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") is not ("checkbox" or "radio") || i.HasAttribute("checked"))
            .Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")),
        .. form.QuerySelectorAll("textarea[name]").Select(t => KeyValuePair.Create(t.GetAttribute("name")!, t.TextContent)),
        .. form.QuerySelectorAll("select[name]").SelectMany(s => s.QuerySelectorAll("option[selected]")
            .Select(o => KeyValuePair.Create(s.GetAttribute("name")!, o.GetAttribute("value") ?? ""))),
    ];
}
