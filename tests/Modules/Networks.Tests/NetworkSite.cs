using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Networks.JoinRequests;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests;

/// <summary>A tenant of its own with the Networks feature and one network, "Kyläverkosto", at <c>/{tenant}/kylaverkosto</c>.</summary>
internal sealed class NetworkSite(PortalHost host, Tenant tenant)
{
    public const string NetworkId = "testiverkosto";
    public const string ContactEmail = "kari.kontakti@example.fi";

    public Tenant Tenant => tenant;
    public string NetworkUrl => Url("kylaverkosto");

    public static async Task<NetworkSite> CreateAsync(PortalHost host, string settings = "{}", string extraItems = "") =>
        new(host, await host.CreateSiteAsync($$"""
            { "name": "network-test", "steps": [
                { "name": "Features", "enable": ["Networks"] },
                { "name": "Settings", "sections": {{settings}} },
                { "name": "ContentDefinition", "types": [
                    { "name": "Page", "label": { "fi": "Sivu" }, "parts": ["TitlePart", "AutoroutePart"] } ] },
                { "name": "Content", "items": [
                    { "contentItemId": "{{NetworkId}}", "contentType": "Network", "parts": {
                        "TitlePart": { "title": "Kyläverkosto" },
                        "NetworkPart": { "areaOfOperation": "Suomussalmi", "purpose": "Kylien yhteistyö." },
                        "ContactsPart": { "people": [ { "name": "Kari Kontakti", "email": "{{ContactEmail}}" } ] },
                        "AutoroutePart": {} } } {{extraItems}} ] } ] }
            """));

    public string Url(string path) => $"/{tenant.Name}/{path}";

    /// <summary>The mails the site has sent, read from the .eml files the portal writes without an SMTP server.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> SentMails()
    {
        var folder = Path.Combine(host.DataPath, "Mail", tenant.Name);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))] : [];
    }

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static Dictionary<string, string> ValidForm() => new()
    {
        ["Input.Name"] = "Liisa Lähettäjä",
        ["Input.Email"] = "liisa@example.fi",
        ["Input.Phone"] = "040 123 4567",
        ["Input.Message"] = "Haluaisin mukaan kyläiltoihin.",
        ["Input.Consent"] = "true",
    };

    /// <summary>Opens the network page as a browser would and posts its join form with these fields and the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SendJoinRequestAsync(HttpClient client, IDictionary<string, string> fields)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(NetworkUrl));
        var form = page.QuerySelector("form.join-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    public Task<List<JoinRequest>> RequestsAsync() =>
        host.InTenantAsync<TenantDbContext, List<JoinRequest>>(tenant, db => db.Set<JoinRequest>().AsNoTracking().ToListAsync());

    /// <summary>Publishes a network with the part; the content manager validates it as it would any other way in.</summary>
    public Task<ContentItem> CreateNetworkAsync(string title, NetworkPart part) =>
        host.InTenantAsync<ContentManager, ContentItem>(tenant, async content =>
        {
            var item = await content.NewAsync("Network");
            item.Apply(new TitlePart(title)).Apply(part).Apply(new AutoroutePart());
            await content.CreateAsync(item, publish: true);
            return item;
        });

    /// <summary>Adds a routable item of another type, standing in for an event.</summary>
    public Task<ContentItem> CreatePageAsync(string title, bool publish) =>
        host.InTenantAsync<ContentManager, ContentItem>(tenant, async content =>
        {
            var item = await content.NewAsync("Page");
            item.Apply(new TitlePart(title)).Apply(new AutoroutePart());
            await content.CreateAsync(item, publish);
            return item;
        });

    public Task AddUserAsync(string userName, string? role) =>
        TenantUsers.AddAsync(host.Services, tenant, userName, role is null ? [] : [role]);

    /// <summary>A client signed in to this tenant as the user.</summary>
    public async Task<HttpClient> LogInAsync(string userName)
    {
        var client = NewClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(Url("login")));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(Url("login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = TenantUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
