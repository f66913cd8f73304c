using System.Net.Http.Json;
using Verkostoportaali.Contents.Api;

namespace Verkostoportaali.Testing;

/// <summary>The demo pages the languages issue names: the portal's and tenants' homes, and each content type's list and an item.</summary>
public static class DemoPages
{
    /// <summary>Each content type's list, on a demo site that has items of it.</summary>
    public static readonly IReadOnlyList<(string Tenant, string Type, string List)> Types =
    [
        ("mansikka", "Project", "hankkeet"),
        ("elava-kainuu", "Network", "verkostot"),
        ("green-care-keski-suomi", "Provider", "toimijat"),
        ("elava-kainuu", "Event", "tapahtumat"),
        ("elava-kainuu", "Article", "artikkelit"),
    ];

    /// <summary>The Finnish addresses: homes, then each type's list and its first Finnish item.</summary>
    public static async Task<IReadOnlyList<string>> FinnishAsync(HttpClient client)
    {
        var paths = new List<string> { "/", "/mansikka/", "/majakka/" };
        foreach (var (tenant, type, list) in Types)
        {
            var items = await client.GetFromJsonAsync<ContentPage>($"/{tenant}/api/content?type={type}&size=50");
            paths.Add($"/{tenant}/{list}");
            paths.Add(items!.Items.First(i => i.Culture == "fi" && i.Url is not null).Url!);
        }
        return paths;
    }

    /// <summary>A Finnish address in another language: the language segment after the tenant's.</summary>
    public static string In(string language, string path)
    {
        var segments = path.Split('/', 3);
        return segments[1].Length == 0 ? $"/{language}/" : $"/{segments[1]}/{language}/{(segments.Length > 2 ? segments[2] : "")}";
    }
}
